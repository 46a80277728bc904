using Graph.Core.Traversals;
using Microsoft.Data.Sqlite;

namespace Graph.Storage.Sqlite;

/// <summary>Full-text search over titles and abstracts, ranked by BM25 with title matches weighted up.</summary>
internal static class SqliteSearch
{
    private const double TitleWeight = 3.0;
    private const double AbstractWeight = 1.0;
    private const int SnippetTokens = 24;

    public static async Task<IReadOnlyList<SearchHit>> SearchAsync(
        SqliteConnection connection, string text, int first, CancellationToken cancellationToken)
    {
        var query = SqliteFtsQuery.Build(text);
        if (query is null || first == 0)
        {
            return [];
        }

        // bm25() is smaller for better matches; negated, it is the positive "higher is better" rank the port
        // promises. The snippet marks matches with control characters that SnippetMarkup turns into <mark> tags
        // after escaping.
        await using var command = connection.Command(
            $"""
            SELECT {SqliteRows.PaperColumns},
                   -bm25(papers_fts, $title_weight, $abstract_weight) AS relevance,
                   snippet(papers_fts, -1, $match_start, $match_end, '…', $snippet_tokens)
            FROM papers_fts JOIN papers p ON p.seq = papers_fts.rowid
            WHERE papers_fts MATCH $query
            ORDER BY relevance DESC, p.id
            LIMIT $first;
            """,
            ("$query", query),
            ("$first", first),
            ("$title_weight", TitleWeight),
            ("$abstract_weight", AbstractWeight),
            ("$match_start", SnippetMarkup.MatchStart.ToString()),
            ("$match_end", SnippetMarkup.MatchEnd.ToString()),
            ("$snippet_tokens", SnippetTokens));
        return await command.ReadAllAsync(
            r => new SearchHit(
                SqliteRows.ReadPaper(r),
                r.GetDouble(SqliteRows.PaperColumnCount),
                SnippetMarkup.ToHtml(r.GetString(SqliteRows.PaperColumnCount + 1))),
            cancellationToken);
    }
}
