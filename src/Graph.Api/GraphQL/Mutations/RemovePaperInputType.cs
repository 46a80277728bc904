using Graph.Api.Curation.Inputs;
using Graph.Api.GraphQL.Inputs;
using GraphQL.Types;

namespace Graph.Api.GraphQL.Mutations;

/// <summary>The input of <c>removePaper</c>.</summary>
public sealed class RemovePaperInputType : InputObjectGraphType<RemovePaperInput>
{
    public RemovePaperInputType()
    {
        Name = "RemovePaperInput";
        Description = "The paper to remove with all its relationships.";
        Field<NonNullGraphType<IdGraphType>>("id").Description("The paper's global id.");
    }

    public override object ParseDictionary(IDictionary<string, object?> value) => new RemovePaperInput(InputValues.Get<string>(value, "id") ?? string.Empty);
}
