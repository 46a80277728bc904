using Graph.Core.Domain;
using Graph.Core.Traversals;
using Microsoft.Data.Sqlite;

namespace Graph.Storage.Sqlite;

/// <summary>Traversals through shared terms: related papers, co-occurring terms and a term's monthly trend.</summary>
internal static class SqliteTermQueries
{
    public static async Task<IReadOnlyDictionary<string, IReadOnlyList<RelatedPaper>>> RelatedPapersAsync(
        SqliteConnection connection, IReadOnlyCollection<string> paperIds, int first, CancellationToken cancellationToken)
    {
        var result = new Dictionary<string, IReadOnlyList<RelatedPaper>>(StringComparer.Ordinal);
        var sources = await SqliteBenchmarkQueries.ExistingPapersAsync(connection, paperIds, cancellationToken);
        if (sources.Count == 0)
        {
            return result;
        }

        // The weights are bound as parameters so every backend scores with Core's numbers.
        await using var command = connection.Command(
            $"""
            SELECT {SqliteRows.PaperColumns}, r.score, r.shared_ids
            FROM (
                SELECT other.paper_id AS paper_id,
                       sum(CASE mine.kind WHEN 'method' THEN $w_method WHEN 'dataset' THEN $w_dataset
                                          WHEN 'topic' THEN $w_topic WHEN 'model' THEN $w_model END) AS score,
                       json_group_array(mine.entity_id) AS shared_ids
                FROM mentions mine
                JOIN mentions other ON other.entity_id = mine.entity_id AND other.paper_id <> mine.paper_id
                WHERE mine.paper_id = $paper_id
                GROUP BY other.paper_id
                ORDER BY score DESC, other.paper_id
                LIMIT $first) r
            JOIN papers p ON p.id = r.paper_id
            ORDER BY r.score DESC, p.id;
            """,
            ("$paper_id", null),
            ("$first", first),
            ("$w_method", Relatedness.Weight(EntityKind.Method)),
            ("$w_dataset", Relatedness.Weight(EntityKind.Dataset)),
            ("$w_topic", Relatedness.Weight(EntityKind.Topic)),
            ("$w_model", Relatedness.Weight(EntityKind.Model)));
        foreach (var paperId in sources)
        {
            command.Set("$paper_id", paperId);
            result[paperId] = await command.ReadAllAsync(
                r => new RelatedPaper(
                    SqliteRows.ReadPaper(r),
                    r.GetDouble(SqliteRows.PaperColumnCount),
                    SqliteRows.ReadStringList(r.GetString(SqliteRows.PaperColumnCount + 1))
                        .Order(StringComparer.Ordinal)
                        .ToList()),
                cancellationToken);
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

    public static async Task<IReadOnlyList<MonthlyCount>> TrendAsync(
        SqliteConnection connection, string entityId, CancellationToken cancellationToken)
    {
        await using var command = connection.Command("""
            SELECT CAST(substr(p.published_on, 1, 4) AS INTEGER) AS year,
                   CAST(substr(p.published_on, 6, 2) AS INTEGER) AS month,
                   count(*)
            FROM mentions m JOIN papers p ON p.id = m.paper_id
            WHERE m.entity_id = $entity_id AND p.published_on IS NOT NULL
            GROUP BY year, month
            ORDER BY year, month;
            """,
            ("$entity_id", entityId));
        return await command.ReadAllAsync(
            r => new MonthlyCount(r.GetInt32(0), r.GetInt32(1), r.GetInt32(2)), cancellationToken);
    }
}
