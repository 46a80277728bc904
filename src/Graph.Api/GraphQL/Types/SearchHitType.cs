using Graph.Core.Traversals;
using GraphQL.Types;

namespace Graph.Api.GraphQL.Types;

/// <summary>A full-text search result.</summary>
public sealed class SearchHitType : ObjectGraphType<SearchHit>
{
    public SearchHitType()
    {
        Name = "SearchHit";
        Description = "A paper matching a full-text search.";
        Field<NonNullGraphType<PaperType>>("paper").Description("The matching paper.").Resolve(c => c.Source.Paper);
        Field<NonNullGraphType<FloatGraphType>>("rank").Description("Relevance, higher is better; comparable within one result list.").Resolve(c => c.Source.Rank);
        Field<NonNullGraphType<StringGraphType>>("snippet")
            .Description("An HTML-escaped excerpt of the title or abstract with the matched words in `<mark>`…`</mark>`.")
            .Resolve(c => c.Source.Snippet);
    }
}
