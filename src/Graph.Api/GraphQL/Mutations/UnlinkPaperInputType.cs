using Graph.Api.Curation.Inputs;
using Graph.Api.GraphQL.Inputs;
using GraphQL.Types;

namespace Graph.Api.GraphQL.Mutations;

/// <summary>The input of <c>unlinkPaper</c>.</summary>
public sealed class UnlinkPaperInputType : InputObjectGraphType<UnlinkPaperInput>
{
    public UnlinkPaperInputType()
    {
        Name = "UnlinkPaperInput";
        Description = "The link to remove. An extracted link comes back if the paper is ingested again and still names the term.";
        Field<NonNullGraphType<IdGraphType>>("paperId").Description("The paper's global id.");
        Field<NonNullGraphType<IdGraphType>>("termId").Description("The term's global id.");
    }

    public override object ParseDictionary(IDictionary<string, object?> value) => new UnlinkPaperInput(
        InputValues.Get<string>(value, "paperId") ?? string.Empty, InputValues.Get<string>(value, "termId") ?? string.Empty);
}
