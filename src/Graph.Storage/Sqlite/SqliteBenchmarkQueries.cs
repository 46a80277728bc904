using Graph.Core.Querying;
using Graph.Core.Traversals;
using Microsoft.Data.Sqlite;

namespace Graph.Storage.Sqlite;

/// <summary>Papers that share benchmarks: per paper (ranked and paged) and as pairs across the graph.</summary>
/// <remarks>
/// Every statement starts from the datasets of the papers asked about and reaches other papers through the
/// mentions(entity_id) index, so the cost grows with the papers on those benchmarks, never with the graph.
/// </remarks>
internal static class SqliteBenchmarkQueries
{
    /// <summary>Each dataset of the source paper is its own benchmark.</summary>
    internal const string ExactFamilies = """
        WITH family (dataset_id, benchmark_id) AS (
            SELECT entity_id, entity_id FROM mentions WHERE paper_id = $source_paper_id AND kind = 'dataset')
        """;

    /// <summary>Each dataset of the source paper stands for its top ancestor and every variant below it.</summary>
    internal const string VariantFamilies = """
        WITH RECURSIVE
        ancestry (id, parent_id, depth) AS (
            SELECT e.id, e.parent_id, 0 FROM entities e
            WHERE e.id IN (SELECT entity_id FROM mentions WHERE paper_id = $source_paper_id AND kind = 'dataset')
            UNION ALL
            SELECT e.id, e.parent_id, a.depth + 1 FROM ancestry a JOIN entities e ON e.id = a.parent_id
            WHERE a.depth < 64),
        family (dataset_id, benchmark_id, depth) AS (
            SELECT DISTINCT id, id, 0 FROM ancestry WHERE parent_id IS NULL
            UNION ALL
            SELECT e.id, f.benchmark_id, f.depth + 1 FROM family f JOIN entities e ON e.parent_id = f.dataset_id
            WHERE f.depth < 64)
        """;

    /// <summary>Other papers on the families' datasets, with the benchmarks they share.</summary>
    /// <remarks>CROSS JOIN makes SQLite keep the family as the outer loop, reaching mentions by entity_id.</remarks>
    internal const string SharedPapers = """
        , shared (paper_id, shared_count, benchmark_ids) AS (
            SELECT m.paper_id, count(DISTINCT f.benchmark_id), json_group_array(DISTINCT f.benchmark_id)
            FROM family f CROSS JOIN mentions m ON m.entity_id = f.dataset_id
            WHERE m.paper_id <> $source_paper_id
            GROUP BY m.paper_id)
        """;

    public static async Task<IReadOnlyDictionary<string, Page<SharedBenchmarkPaper>>> PapersSharingBenchmarkAsync(
        SqliteConnection connection,
        IReadOnlyCollection<string> paperIds,
        bool includeVariants,
        PageRequest page,
        CancellationToken cancellationToken)
    {
        var keyset = new SqliteKeyset(
            "papersSharingBenchmark:" + (includeVariants ? "variants" : "exact"),
            [new SqliteSortKey("s.shared_count", SortDirection.Desc, IsText: false, Nullable: false)],
            "s.paper_id",
            page);
        var result = new Dictionary<string, Page<SharedBenchmarkPaper>>(StringComparer.Ordinal);
        var sources = await ExistingPapersAsync(connection, paperIds, cancellationToken);
        if (sources.Count == 0)
        {
            return result;
        }

        var sql = new SqliteQueryBuilder();
        var source = sql.Parameter("$source_paper_id", null);
        sql.Append(includeVariants ? VariantFamilies : ExactFamilies).Append(SharedPapers);
        sql.Append($"SELECT {SqliteRows.PaperColumns}, s.benchmark_ids, {keyset.KeyColumns} ");
        sql.Append("FROM shared s JOIN papers p ON p.id = s.paper_id WHERE 1");
        keyset.AppendCondition(sql);
        sql.Append(keyset.OrderBy).Append(" LIMIT ").Append(sql.Parameter(keyset.Limit)).Append(";");

        await using var command = sql.CreateCommand(connection);
        foreach (var paperId in sources)
        {
            command.Set(source, paperId);
            var rows = await command.ReadAllAsync(
                r => (new SharedBenchmarkPaper(
                        SqliteRows.ReadPaper(r),
                        Sorted(SqliteRows.ReadStringList(r.GetString(SqliteRows.PaperColumnCount)))),
                    keyset.ReadKeys(r, SqliteRows.PaperColumnCount + 1)),
                cancellationToken);
            result[paperId] = keyset.ToPage(rows);
        }

        return result;
    }

    public static async Task<IReadOnlyList<BenchmarkOverlap>> BenchmarkOverlapsAsync(
        SqliteConnection connection, string? datasetId, int minShared, int first, CancellationToken cancellationToken)
    {
        // Scoped to one dataset, the pairs are drawn from that dataset's papers only.
        var pairs = datasetId is null
            ? """
              FROM mentions a
              JOIN mentions b ON b.entity_id = a.entity_id AND b.paper_id > a.paper_id
              WHERE a.kind = 'dataset'
              """
            : """
              FROM scope sa
              JOIN mentions a ON a.paper_id = sa.paper_id AND a.kind = 'dataset'
              JOIN mentions b ON b.entity_id = a.entity_id AND b.paper_id > a.paper_id
              WHERE b.paper_id IN scope
              """;
        await using var command = connection.Command(
            $"""
            WITH scope (paper_id) AS (SELECT paper_id FROM mentions WHERE entity_id = $dataset_id AND kind = 'dataset')
            SELECT a.paper_id, b.paper_id, count(*) AS shared_count, json_group_array(a.entity_id)
            {pairs}
            GROUP BY a.paper_id, b.paper_id
            HAVING count(*) >= $min_shared
            ORDER BY shared_count DESC, a.paper_id, b.paper_id
            LIMIT $first;
            """,
            ("$dataset_id", datasetId),
            ("$min_shared", minShared),
            ("$first", first));
        return await command.ReadAllAsync(
            r => new BenchmarkOverlap(r.GetString(0), r.GetString(1), Sorted(SqliteRows.ReadStringList(r.GetString(3)))),
            cancellationToken);
    }

    /// <summary>The given paper ids that exist, in id order.</summary>
    public static async Task<IReadOnlyList<string>> ExistingPapersAsync(
        SqliteConnection connection, IReadOnlyCollection<string> paperIds, CancellationToken cancellationToken)
    {
        if (paperIds.Count == 0)
        {
            return [];
        }

        await using var command = connection.Command(
            "SELECT id FROM papers WHERE id IN (SELECT value FROM json_each($ids)) ORDER BY id;",
            ("$ids", SqliteCommands.JsonList(paperIds)));
        return await command.ReadAllAsync(r => r.GetString(0), cancellationToken);
    }

    private static List<string> Sorted(IEnumerable<string> ids) =>
        ids.Order(StringComparer.Ordinal).ToList();
}
