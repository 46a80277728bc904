using System.Diagnostics;
using System.Runtime.CompilerServices;
using Graph.Core.Curation;
using Graph.Core.Domain;
using Graph.Core.Querying;
using Graph.Core.Storage;
using Graph.Core.Traversals;

namespace Graph.Api.Observability;

/// <summary>
/// Wraps the store with a span, a duration histogram and a call counter per operation, and adds each call to the
/// current operation's <see cref="StoreCallTally"/>. Parameter values are never recorded.
/// </summary>
public sealed class InstrumentedGraphStore(IGraphStore inner) : IGraphStore
{
    public Task InitializeAsync(CancellationToken cancellationToken = default) =>
        MeasureAsync(async () => { await inner.InitializeAsync(cancellationToken); return true; });

    public Task<StoreHealth> CheckHealthAsync(CancellationToken cancellationToken = default) =>
        MeasureAsync(() => inner.CheckHealthAsync(cancellationToken));

    public Task<WriteSummary> WriteAsync(GraphBatch batch, IProgress<int>? progress = null, CancellationToken cancellationToken = default) =>
        MeasureAsync(() => inner.WriteAsync(batch, progress, cancellationToken));

    // Placeholder so this branch builds; the curation branch owns these two members and replaces them at merge.
    public Task<ChangeRecord> ApplyAsync(GraphChange change, ChangeContext context, CancellationToken cancellationToken = default) =>
        MeasureAsync(() => inner.ApplyAsync(change, context, cancellationToken));

    public Task<Page<ChangeRecord>> GetChangesAsync(string? nodeId, PageRequest page, CancellationToken cancellationToken = default) =>
        MeasureAsync(() => inner.GetChangesAsync(nodeId, page, cancellationToken));

    public Task<IReadOnlyList<Paper>> GetPapersAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken = default) =>
        MeasureAsync(() => inner.GetPapersAsync(ids, cancellationToken));

    public Task<IReadOnlyList<Entity>> GetEntitiesAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken = default) =>
        MeasureAsync(() => inner.GetEntitiesAsync(ids, cancellationToken));

    public Task<IReadOnlyList<GraphNode>> GetNodesAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken = default) =>
        MeasureAsync(() => inner.GetNodesAsync(ids, cancellationToken));

    public Task<Entity?> FindEntityAsync(EntityKind kind, string nameOrAlias, CancellationToken cancellationToken = default) =>
        MeasureAsync(() => inner.FindEntityAsync(kind, nameOrAlias, cancellationToken));

    public Task<IReadOnlyList<Mention>> GetMentionsAsync(IReadOnlyCollection<string> paperIds, EntityKind? kind = null, CancellationToken cancellationToken = default) =>
        MeasureAsync(() => inner.GetMentionsAsync(paperIds, kind, cancellationToken));

    public Task<IReadOnlyDictionary<string, int>> CountPapersAsync(IReadOnlyCollection<string> entityIds, CancellationToken cancellationToken = default) =>
        MeasureAsync(() => inner.CountPapersAsync(entityIds, cancellationToken));

    public Task<IReadOnlyList<Entity>> GetVariantsAsync(IReadOnlyCollection<string> parentIds, CancellationToken cancellationToken = default) =>
        MeasureAsync(() => inner.GetVariantsAsync(parentIds, cancellationToken));

    public Task<Page<Paper>> ListPapersAsync(PaperQuery query, CancellationToken cancellationToken = default) =>
        MeasureAsync(() => inner.ListPapersAsync(query, cancellationToken));

    public Task<long> CountPapersAsync(PaperFilter? where, CancellationToken cancellationToken = default) =>
        MeasureAsync(() => inner.CountPapersAsync(where, cancellationToken));

    public Task<Page<Entity>> ListEntitiesAsync(EntityQuery query, CancellationToken cancellationToken = default) =>
        MeasureAsync(() => inner.ListEntitiesAsync(query, cancellationToken));

    public Task<long> CountEntitiesAsync(EntityKind kind, EntityFilter? where, CancellationToken cancellationToken = default) =>
        MeasureAsync(() => inner.CountEntitiesAsync(kind, where, cancellationToken));

    public Task<IReadOnlyDictionary<string, Page<SharedBenchmarkPaper>>> PapersSharingBenchmarkAsync(
        IReadOnlyCollection<string> paperIds, bool includeVariants, PageRequest page, CancellationToken cancellationToken = default) =>
        MeasureAsync(() => inner.PapersSharingBenchmarkAsync(paperIds, includeVariants, page, cancellationToken));

    public Task<IReadOnlyList<BenchmarkOverlap>> BenchmarkOverlapsAsync(string? datasetId, int minShared, int first, CancellationToken cancellationToken = default) =>
        MeasureAsync(() => inner.BenchmarkOverlapsAsync(datasetId, minShared, first, cancellationToken));

    public Task<IReadOnlyDictionary<string, IReadOnlyList<RelatedPaper>>> RelatedPapersAsync(
        IReadOnlyCollection<string> paperIds, int first, CancellationToken cancellationToken = default) =>
        MeasureAsync(() => inner.RelatedPapersAsync(paperIds, first, cancellationToken));

    public Task<IReadOnlyList<CoOccurrence>> CoOccurringAsync(string entityId, EntityKind otherKind, int first, CancellationToken cancellationToken = default) =>
        MeasureAsync(() => inner.CoOccurringAsync(entityId, otherKind, first, cancellationToken));

    public Task<IReadOnlyList<MonthlyCount>> TrendAsync(string entityId, CancellationToken cancellationToken = default) =>
        MeasureAsync(() => inner.TrendAsync(entityId, cancellationToken));

    public Task<Subgraph> NeighbourhoodAsync(string nodeId, int depth, int limit, CancellationToken cancellationToken = default) =>
        MeasureAsync(() => inner.NeighbourhoodAsync(nodeId, depth, limit, cancellationToken));

    public Task<Subgraph?> ShortestPathAsync(string fromId, string toId, int maxHops, CancellationToken cancellationToken = default) =>
        MeasureAsync(() => inner.ShortestPathAsync(fromId, toId, maxHops, cancellationToken));

    public Task<IReadOnlyList<SearchHit>> SearchAsync(string text, int first, CancellationToken cancellationToken = default) =>
        MeasureAsync(() => inner.SearchAsync(text, first, cancellationToken));

    public Task<GraphStats> GetStatsAsync(CancellationToken cancellationToken = default) =>
        MeasureAsync(() => inner.GetStatsAsync(cancellationToken));

    public Task<IReadOnlyList<Entity>> GetAllEntitiesAsync(CancellationToken cancellationToken = default) =>
        MeasureAsync(() => inner.GetAllEntitiesAsync(cancellationToken));

    public IAsyncEnumerable<PaperGraph> ReadAllPapersAsync(CancellationToken cancellationToken = default)
    {
        StoreCallTally.Current?.Increment();
        GraphTelemetry.StoreCalls.Add(1, new KeyValuePair<string, object?>("operation", nameof(ReadAllPapersAsync)));
        return inner.ReadAllPapersAsync(cancellationToken);
    }

    private static async Task<T> MeasureAsync<T>(Func<Task<T>> call, [CallerMemberName] string operation = "")
    {
        StoreCallTally.Current?.Increment();
        using var activity = GraphTelemetry.Source.StartActivity("store " + operation, ActivityKind.Client);
        activity?.SetTag("graph.store.operation", operation);
        var started = Stopwatch.GetTimestamp();
        var outcome = "ok";
        try
        {
            return await call();
        }
        catch (Exception e)
        {
            outcome = e.GetType().Name;
            activity?.SetStatus(ActivityStatusCode.Error, e.GetType().Name);
            throw;
        }
        finally
        {
            var tags = new TagList { { "operation", operation }, { "outcome", outcome } };
            GraphTelemetry.StoreCalls.Add(1, tags);
            GraphTelemetry.StoreDuration.Record(Stopwatch.GetElapsedTime(started).TotalMilliseconds, tags);
        }
    }
}
