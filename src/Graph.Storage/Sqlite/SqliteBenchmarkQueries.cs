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

    /// <summary>The datasets of each family, with the benchmark (family) they stand for.</summary>
    internal const string FamilyMembers = "SELECT DISTINCT dataset_id, benchmark_id FROM family ORDER BY benchmark_id, dataset_id;";

    /// <summary>
    /// Each benchmark of a paper is a posting list (its datasets' papers); the papers on most lists come first, ties
    /// by id, found by <see cref="SqliteTopSharing"/> without reading the lists through.
    /// </summary>
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

        (double, string)? after = keyset.Cursor is { } cursor ? ((long)cursor[0]!, (string)cursor[1]!) : null;
        var ranked = new Dictionary<string, List<SqliteTopSharing.Ranked>>(StringComparer.Ordinal);
        await using (var families = connection.Command(
            (includeVariants ? VariantFamilies : ExactFamilies) + FamilyMembers, ("$source_paper_id", null)))
        await using (var postings = new SqlitePostingSource(connection, descending: keyset.IsBackward))
        {
            foreach (var paperId in sources)
            {
                families.Set("$source_paper_id", paperId);
                var members = await families.ReadAllAsync(r => (Dataset: r.GetString(0), Benchmark: r.GetString(1)), cancellationToken);
                var lists = members
                    .GroupBy(m => m.Benchmark, StringComparer.Ordinal)
                    .Select(g => new SqlitePostingList(postings, g.Key, g.Select(m => m.Dataset).ToList(), 1, paperId))
                    .ToList();
                ranked[paperId] = await SqliteTopSharing.TopAsync(lists, keyset.Limit, keyset.IsBackward, after, cancellationToken);
            }
        }

        var papers = await SqliteLookups.GetPapersAsync(
            connection, ranked.Values.SelectMany(r => r).Select(r => r.PaperId).Distinct(StringComparer.Ordinal).ToList(), cancellationToken);
        var byId = papers.ToDictionary(p => p.Id, StringComparer.Ordinal);
        foreach (var (paperId, rows) in ranked)
        {
            result[paperId] = keyset.ToPage(rows
                .Select(r => (new SharedBenchmarkPaper(byId[r.PaperId], Sorted(r.Keys)), new object?[] { (long)r.Score, r.PaperId }))
                .ToList());
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
