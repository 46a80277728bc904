using Graph.Core.Domain;
using Graph.Core.Traversals;
using Microsoft.Data.Sqlite;

namespace Graph.Storage.Sqlite;

/// <summary>Traversals through shared terms: related papers, co-occurring terms and a term's monthly trend.</summary>
internal static class SqliteTermQueries
{
    /// <summary>
    /// Each term of a paper is a posting list weighted by its kind (Core's <see cref="Relatedness"/> weights); the
    /// papers with the most weight in common come first, ties by id, found by <see cref="SqliteTopSharing"/>.
    /// </summary>
    public static async Task<IReadOnlyDictionary<string, IReadOnlyList<RelatedPaper>>> RelatedPapersAsync(
        SqliteConnection connection, IReadOnlyCollection<string> paperIds, int first, CancellationToken cancellationToken)
    {
        var result = new Dictionary<string, IReadOnlyList<RelatedPaper>>(StringComparer.Ordinal);
        var sources = await SqliteBenchmarkQueries.ExistingPapersAsync(connection, paperIds, cancellationToken);
        if (sources.Count == 0)
        {
            return result;
        }

        var ranked = new Dictionary<string, List<SqliteTopSharing.Ranked>>(StringComparer.Ordinal);
        await using (var terms = connection.Command(
            "SELECT entity_id, kind FROM mentions WHERE paper_id = $paper_id ORDER BY entity_id;", ("$paper_id", null)))
        await using (var postings = new SqlitePostingSource(connection, descending: false))
        {
            foreach (var paperId in sources)
            {
                terms.Set("$paper_id", paperId);
                var lists = await terms.ReadAllAsync(
                    r => new SqlitePostingList(
                        postings, r.GetString(0), [r.GetString(0)], Relatedness.Weight(SqliteNames.ParseKind(r.GetString(1))), paperId),
                    cancellationToken);
                ranked[paperId] = await SqliteTopSharing.TopAsync(lists, first, lowestFirst: false, after: null, cancellationToken);
            }
        }

        var papers = (await SqliteLookups.GetPapersAsync(
                connection, ranked.Values.SelectMany(r => r).Select(r => r.PaperId).Distinct(StringComparer.Ordinal).ToList(), cancellationToken))
            .ToDictionary(p => p.Id, StringComparer.Ordinal);
        foreach (var (paperId, rows) in ranked)
        {
            result[paperId] = rows
                .Select(r => new RelatedPaper(papers[r.PaperId], r.Score, r.Keys.Order(StringComparer.Ordinal).ToList()))
                .ToList();
        }

        return result;
    }

    public static async Task<IReadOnlyList<CoOccurrence>> CoOccurringAsync(
        SqliteConnection connection, string entityId, EntityKind otherKind, int first, CancellationToken cancellationToken)
    {
        await using var command = connection.Command("""
            SELECT other.entity_id, count(*) AS papers
            FROM mentions mine
            JOIN mentions other ON other.paper_id = mine.paper_id
            WHERE mine.entity_id = $entity_id AND other.kind = $kind AND other.entity_id <> $entity_id
            GROUP BY other.entity_id
            ORDER BY papers DESC, other.entity_id
            LIMIT $first;
            """,
            ("$entity_id", entityId),
            ("$kind", SqliteNames.Kind(otherKind)),
            ("$first", first));
        return await command.ReadAllAsync(r => new CoOccurrence(r.GetString(0), r.GetInt32(1)), cancellationToken);
    }

    // Read through ix_papers_id_published_on: one index lookup per linked paper, no table read.
    internal const string TrendSql = """
        SELECT CAST(substr(p.published_on, 1, 4) AS INTEGER) AS year,
               CAST(substr(p.published_on, 6, 2) AS INTEGER) AS month,
               count(*)
        FROM mentions m JOIN papers p ON p.id = m.paper_id
        WHERE m.entity_id = $entity_id AND p.published_on IS NOT NULL
        GROUP BY year, month
        ORDER BY year, month;
        """;

    public static async Task<IReadOnlyList<MonthlyCount>> TrendAsync(
        SqliteConnection connection, string entityId, CancellationToken cancellationToken)
    {
        await using var command = connection.Command(TrendSql, ("$entity_id", entityId));
        return await command.ReadAllAsync(
            r => new MonthlyCount(r.GetInt32(0), r.GetInt32(1), r.GetInt32(2)), cancellationToken);
    }
}
