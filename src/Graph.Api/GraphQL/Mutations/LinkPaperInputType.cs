using Graph.Api.Curation.Inputs;
using Graph.Api.GraphQL.Inputs;
using GraphQL.Types;

namespace Graph.Api.GraphQL.Mutations;

/// <summary>The input of <c>linkPaper</c>.</summary>
public sealed class LinkPaperInputType : InputObjectGraphType<LinkPaperInput>
{
    public LinkPaperInputType()
    {
        Name = "LinkPaperInput";
        Description = "A curated link from a paper to a method, dataset, topic or model; it survives re-extraction.";
        Field<NonNullGraphType<IdGraphType>>("paperId").Description("The paper's global id.");
        Field<NonNullGraphType<IdGraphType>>("termId").Description("The term's global id.");
        Field<ListGraphType<NonNullGraphType<EvidenceInputType>>>("evidence").Description("Spans of the paper that name the term (optional).");
    }

    public override object ParseDictionary(IDictionary<string, object?> value) => new LinkPaperInput(
        InputValues.Get<string>(value, "paperId") ?? string.Empty,
        InputValues.Get<string>(value, "termId") ?? string.Empty,
        InputValues.List<EvidenceInput>(value, "evidence"));
}
