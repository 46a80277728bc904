using Graph.Api.Curation.Inputs;
using Graph.Api.GraphQL.Inputs;
using Graph.Api.GraphQL.Types;
using Graph.Core.Domain;
using GraphQL.Types;

namespace Graph.Api.GraphQL.Mutations;

/// <summary>A span of evidence in an input.</summary>
public sealed class EvidenceInputType : InputObjectGraphType<EvidenceInput>
{
    public EvidenceInputType()
    {
        Name = "EvidenceInput";
        Description = "A span of the paper's title or abstract; the server reads its text.";
        Field<NonNullGraphType<TextFieldType>>("field").Description("Title or abstract.");
        Field<NonNullGraphType<IntGraphType>>("start").Description("Offset of the first character.");
        Field<NonNullGraphType<IntGraphType>>("end").Description("Offset just past the last character.");
    }

    public override object ParseDictionary(IDictionary<string, object?> value) => new EvidenceInput(
        (TextField)value["field"]!, InputValues.GetStruct<int>(value, "start") ?? 0, InputValues.GetStruct<int>(value, "end") ?? 0);
}
