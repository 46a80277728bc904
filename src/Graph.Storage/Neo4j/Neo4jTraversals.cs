using Graph.Core.Domain;
using Graph.Core.Querying;
using Graph.Core.Traversals;
using static Graph.Storage.Neo4j.Neo4jValues;

namespace Graph.Storage.Neo4j;

/// <summary>Traversals through shared terms: shared benchmarks, benchmark overlaps, related papers, co-occurring
/// terms and a term's monthly trend. Each is one statement, whatever the number of papers asked about.</summary>
internal static class Neo4jTraversals
{
    public static async Task<IReadOnlyDictionary<string, Page<SharedBenchmarkPaper>>> PapersSharingBenchmarkAsync(
        INeo4jRunner runner, IReadOnlyCollection<string> paperIds, bool includeVariants, PageRequest page, CancellationToken cancellationToken)
    {
        var keyset = new Neo4jKeyset(
            "papersSharingBenchmark:" + (includeVariants ? "variants" : "exact"),
            [new Neo4jSortKey("sharedCount", SortDirection.Desc, Neo4jKeyType.Integer, Nullable: false)],
            "p.id",
            page);
        var result = new Dictionary<string, Page<SharedBenchmarkPaper>>(StringComparer.Ordinal);
        if (paperIds.Count == 0)
        {
            return result;
        }

        var cypher = new Neo4jQueryBuilder();
        var after = keyset.Condition(cypher);
        var sources = Neo4jLookups.Distinct(paperIds);
        cypher.Set("paperIds", sources);
        cypher.Set("limit", keyset.Limit);
        var statement = Neo4jCypher.Template(
            includeVariants ? "read/papers-sharing-benchmark-variants" : "read/papers-sharing-benchmark",
            [("__AFTER__", after), ("__ORDER__", keyset.OrderBy), ("__KEYS__", keyset.Keys)],
            cypher.Parameters);
        var rows = (await runner.RunAsync(statement, cancellationToken)).Records
            .Select(r => (Source: String(r["sourceId"]), Row: (
                new SharedBenchmarkPaper(Neo4jRows.ReadPaper(r["paper"]), Sorted(StringList(r["sharedIds"]))),
                keyset.ReadKeys(r["keys"]))))
            .ToLookup(r => r.Source, r => r.Row, StringComparer.Ordinal);

        // Papers that exist but share nothing get an empty page; unknown ids are left out.
        foreach (var paper in await Neo4jLookups.GetPapersAsync(runner, sources, cancellationToken))
        {
            result[paper.Id] = keyset.ToPage(rows[paper.Id].ToList());
        }

        return result;
    }

    public static async Task<IReadOnlyList<BenchmarkOverlap>> BenchmarkOverlapsAsync(
        INeo4jRunner runner, string? datasetId, int minShared, int first, CancellationToken cancellationToken)
    {
        var statement = datasetId is null
            ? Neo4jCypher.Statement("read/benchmark-overlaps", ("minShared", minShared), ("first", first))
            : Neo4jCypher.Statement(
                "read/benchmark-overlaps-of-dataset", ("datasetId", datasetId), ("minShared", minShared), ("first", first));
        var result = await runner.RunAsync(statement, cancellationToken);
        return result.Records
            .Select(r => new BenchmarkOverlap(String(r["paperAId"]), String(r["paperBId"]), Sorted(StringList(r["sharedIds"]))))
            .ToList();
    }

    public static async Task<IReadOnlyDictionary<string, IReadOnlyList<RelatedPaper>>> RelatedPapersAsync(
        INeo4jRunner runner, IReadOnlyCollection<string> paperIds, int first, CancellationToken cancellationToken)
    {
        var result = new Dictionary<string, IReadOnlyList<RelatedPaper>>(StringComparer.Ordinal);
        if (paperIds.Count == 0)
        {
            return result;
        }

        var sources = Neo4jLookups.Distinct(paperIds);

        // The weights are parameters so every backend scores with Core's numbers.
        var statement = Neo4jCypher.Statement(
            "read/related-papers",
            ("paperIds", sources),
            ("first", first),
            ("methodWeight", Relatedness.Weight(EntityKind.Method)),
            ("datasetWeight", Relatedness.Weight(EntityKind.Dataset)),
            ("topicWeight", Relatedness.Weight(EntityKind.Topic)),
            ("modelWeight", Relatedness.Weight(EntityKind.Model)));
        var rows = (await runner.RunAsync(statement, cancellationToken)).Records
            .Select(r => (Source: String(r["sourceId"]), Related: new RelatedPaper(
                Neo4jRows.ReadPaper(r["paper"]), Double(r["score"]), Sorted(StringList(r["sharedIds"])))))
            .ToLookup(r => r.Source, r => r.Related, StringComparer.Ordinal);
        foreach (var paper in await Neo4jLookups.GetPapersAsync(runner, sources, cancellationToken))
        {
            result[paper.Id] = rows[paper.Id].ToList();
        }

        return result;
    }

    public static async Task<IReadOnlyList<CoOccurrence>> CoOccurringAsync(
        INeo4jRunner runner, string entityId, EntityKind otherKind, int first, CancellationToken cancellationToken)
    {
        var statement = Neo4jCypher.Template(
            "read/co-occurring", Neo4jCypher.KindFills(otherKind), ("entityId", entityId), ("first", first));
        var result = await runner.RunAsync(statement, cancellationToken);
        return result.Records.Select(r => new CoOccurrence(String(r["entityId"]), Int(r["papers"]))).ToList();
    }

    public static async Task<IReadOnlyList<MonthlyCount>> TrendAsync(INeo4jRunner runner, string entityId, CancellationToken cancellationToken)
    {
        var result = await runner.RunAsync(Neo4jCypher.Statement("read/trend", ("entityId", entityId)), cancellationToken);
        return result.Records.Select(r => new MonthlyCount(Int(r["year"]), Int(r["month"]), Int(r["papers"]))).ToList();
    }

    private static List<string> Sorted(IEnumerable<string> ids) => ids.Order(StringComparer.Ordinal).ToList();
}
