using Graph.Core.Traversals;
using static Graph.Storage.Neo4j.Neo4jValues;

namespace Graph.Storage.Neo4j;

/// <summary>Full-text search through the <c>paper_text</c> index: Lucene's relevance, title matches weighted up.</summary>
internal static class Neo4jSearch
{
    public static async Task<IReadOnlyList<SearchHit>> SearchAsync(
        INeo4jRunner runner, string text, int first, CancellationToken cancellationToken)
    {
        var words = Neo4jFulltextQuery.Words(text);
        var query = Neo4jFulltextQuery.Build(words);
        if (query is null || first == 0)
        {
            return [];
        }

        var result = await runner.RunAsync(
            Neo4jCypher.Statement("read/search", ("query", query), ("first", first)), cancellationToken);
        return result.Records
            .Select(r =>
            {
                var paper = Neo4jRows.ReadPaper(r["paper"]);
                return new SearchHit(paper, Double(r["score"]), Neo4jSnippet.Build(paper.Title, paper.Abstract, words));
            })
            .ToList();
    }
}
