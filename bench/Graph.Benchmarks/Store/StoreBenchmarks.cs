using BenchmarkDotNet.Attributes;
using Graph.Core.Domain;
using Graph.Core.Querying;
using Graph.Storage.Sqlite;

namespace Graph.Benchmarks.Store;

/// <summary>
/// The store's port operations on SQLite databases of synthetic corpora (10k, 100k, 1M papers), through the same
/// <see cref="SqliteGraphStore"/> the server uses, with its default settings. One operation per benchmark; the
/// questions come from <see cref="StoreWorkload"/>.
/// </summary>
public class StoreBenchmarks
{
    private SqliteGraphStore _store = null!;
    private StoreWorkload _workload = null!;

    [ParamsSource(nameof(Databases))]
    public string Database { get; set; } = "";

    public static IEnumerable<string> Databases() => BenchDatabases.Labels();

    [GlobalSetup]
    public void Setup()
    {
        var path = BenchDatabases.PathOf(Database);
        _workload = StoreWorkload.Read(path);
        _store = new SqliteGraphStore(new SqliteOptions { DatabasePath = path });
        Console.WriteLine($"// workload {Database}: {_workload.Describe()}");
    }

    [GlobalCleanup]
    public void Cleanup() => _store.Dispose();

    [Benchmark(Description = "papersSharingBenchmark(first: 10), paper on the top benchmark")]
    public Task<int> SharingTopBenchmark() => SharingAsync(_workload.FirstPaperOnTop, includeVariants: false);

    [Benchmark(Description = "papersSharingBenchmark(first: 10), top-benchmark paper with most datasets")]
    public Task<int> SharingBusiestPaper() => SharingAsync(_workload.BusiestPaperOnTop, includeVariants: false);

    [Benchmark(Description = "papersSharingBenchmark(first: 10, includeVariants)")]
    public Task<int> SharingWithVariants() => SharingAsync(_workload.FirstPaperOnTop, includeVariants: true);

    [Benchmark(Description = "relatedPapers(first: 10), paper on the top benchmark")]
    public async Task<int> RelatedPapers() =>
        (await _store.RelatedPapersAsync([_workload.FirstPaperOnTop], 10))[_workload.FirstPaperOnTop].Count;

    [Benchmark(Description = "coOccurring(top benchmark, methods, first: 10)")]
    public async Task<int> CoOccurring() =>
        (await _store.CoOccurringAsync(_workload.TopDataset, EntityKind.Method, 10)).Count;

    [Benchmark(Description = "shortestPath(top-benchmark paper -> rare-dataset paper, maxHops: 4)")]
    public async Task<int> ShortestPath() =>
        (await _store.ShortestPathAsync(_workload.FirstPaperOnTop, _workload.PaperOnRareDataset, 4))?.Nodes.Count ?? 0;

    [Benchmark(Description = "papers(where: top benchmark, since 2022; order: upvotes DESC; first: 20, after: halfway)")]
    public async Task<int> DeepKeysetPage() => (await _store.ListPapersAsync(_workload.DeepPage)).Edges.Count;

    [Benchmark(Description = "search(mid-popular method name, first: 10)")]
    public async Task<int> Search() => (await _store.SearchAsync(_workload.SearchTerm, 10)).Count;

    [Benchmark(Description = "getPapers(50 ids) + getMentions(50 ids): a page's batch loads")]
    public async Task<int> PageBatchLoads() =>
        (await _store.GetPapersAsync(_workload.PageOfPaperIds)).Count +
        (await _store.GetMentionsAsync(_workload.PageOfPaperIds)).Count;

    [Benchmark(Description = "trend(top benchmark): papers per month")]
    public async Task<int> Trend() => (await _store.TrendAsync(_workload.TopDataset)).Count;

    [Benchmark(Description = "neighbourhood(paper on the top benchmark, depth: 2, limit: 60)")]
    public async Task<int> Neighbourhood() =>
        (await _store.NeighbourhoodAsync(_workload.FirstPaperOnTop, 2, 60)).Nodes.Count;

    [Benchmark(Description = "stats: nodes by label, relationships by type")]
    public async Task<int> Stats() => (await _store.GetStatsAsync()).RelationshipsByType.Count;

    [Benchmark(Description = "datasets(order: paperCount DESC, first: 20)")]
    public async Task<int> TopTerms() =>
        (await _store.ListEntitiesAsync(new EntityQuery(
            EntityKind.Dataset, null, [new Sort<EntitySortField>(EntitySortField.PaperCount, SortDirection.Desc)], PageRequest.FirstPage(20))))
        .Edges.Count;

    [Benchmark(Description = "countPapers(where: top benchmark, since 2022): a filtered list's totalCount")]
    public async Task<long> FilteredCount() => await _store.CountPapersAsync(_workload.DeepPage.Where);

    private async Task<int> SharingAsync(string paperId, bool includeVariants) =>
        (await _store.PapersSharingBenchmarkAsync([paperId], includeVariants, PageRequest.FirstPage(10)))[paperId].Edges.Count;
}
