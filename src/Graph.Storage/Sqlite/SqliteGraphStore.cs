using System.Runtime.CompilerServices;
using Graph.Core;
using Graph.Core.Curation;
using Graph.Core.Domain;
using Graph.Core.Querying;
using Graph.Core.Storage;
using Graph.Core.Traversals;
using Graph.Storage.Traversals;
using Microsoft.Data.Sqlite;

namespace Graph.Storage.Sqlite;

/// <summary>
/// The graph store on an embedded SQLite database: one file in WAL mode, so reads run alongside a write.
/// </summary>
/// <remarks>
/// Thread-safe: every operation opens its own pooled connection. Every write is one transaction that takes the
/// write lock when it begins, so concurrent writes queue (up to <see cref="SqliteOptions.BusyTimeout"/>) rather
/// than fail. Backend failures surface as <see cref="GraphStoreException"/> naming the operation;
/// <see cref="GraphQueryException"/> (bad input), <see cref="CurationConflictException"/> (a refused change),
/// <see cref="ArgumentException"/> and cancellations pass through unchanged.
/// </remarks>
public sealed class SqliteGraphStore : IGraphStore, IBulkLoadTarget, IDisposable
{
    /// <summary>The backend name reported by <see cref="CheckHealthAsync"/>.</summary>
    public const string BackendName = "sqlite";

    private const int ExportChunkSize = 500;

    private readonly SqliteConnectionFactory _connections;

    /// <summary>Creates a store over the database file named in <paramref name="options"/>.</summary>
    public SqliteGraphStore(SqliteOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var problems = options.Validate();
        if (problems.Count > 0)
        {
            throw new ArgumentException(string.Join(" ", problems), nameof(options));
        }

        _connections = new SqliteConnectionFactory(options);
    }

    /// <summary>The absolute path of the database file.</summary>
    public string DatabasePath => _connections.DatabasePath;

    /// <summary>The schema version this build creates and understands.</summary>
    public static int SchemaVersion => SqliteSchema.LatestVersion;

    /// <inheritdoc />
    /// <remarks>Also creates the database file and its directory when they do not exist.</remarks>
    public Task InitializeAsync(CancellationToken cancellationToken = default) =>
        GuardAsync(nameof(InitializeAsync), async () =>
        {
            var directory = Path.GetDirectoryName(DatabasePath);
            if (!string.IsNullOrEmpty(directory))
            {
                Directory.CreateDirectory(directory);
            }

            await using var connection = await _connections.OpenAsync(create: true, cancellationToken);
            var version = await SqliteSchema.MigrateAsync(connection, cancellationToken);

            // A bulk load that never completed left indexes out; they come back before the store serves.
            await SqliteBulkLoad.RepairAsync(connection, cancellationToken);
            return version;
        });

    /// <inheritdoc />
    /// <remarks>
    /// Defers when the load has at least 20,000 papers and at least as many as the store holds: most secondary
    /// indexes and the full-text index are dropped, then built again in one pass at the end.
    /// </remarks>
    public Task<IBulkLoad> BeginBulkLoadAsync(long papers, CancellationToken cancellationToken = default) =>
        GuardAsync(nameof(BeginBulkLoadAsync), () => SqliteBulkLoad.BeginAsync(_connections, papers, cancellationToken));

    /// <inheritdoc />
    public Task<StoreHealth> CheckHealthAsync(CancellationToken cancellationToken = default) =>
        SqliteHealth.CheckAsync(_connections, BackendName, cancellationToken);

    /// <inheritdoc />
    public Task<WriteSummary> WriteAsync(
        GraphBatch batch, IProgress<int>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(batch);
        return RunAsync(
            nameof(WriteAsync),
            (connection, ct) => SqliteGraphWriter.WriteAsync(connection, batch, progress, ct),
            cancellationToken);
    }

    /// <inheritdoc />
    public Task<ChangeRecord> ApplyAsync(
        GraphChange change, ChangeContext context, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(change);
        ArgumentNullException.ThrowIfNull(context);
        return RunAsync(
            nameof(ApplyAsync),
            (connection, ct) => SqliteChangeApplier.ApplyAsync(connection, change, context, ct),
            cancellationToken);
    }

    /// <inheritdoc />
    public Task<Page<ChangeRecord>> GetChangesAsync(
        string? nodeId, PageRequest page, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(page);
        if (nodeId is not null)
        {
            StoreArguments.RequireText(nodeId, nameof(nodeId));
        }

        return RunAsync(
            nameof(GetChangesAsync),
            (connection, ct) => SqliteChangeLog.GetChangesAsync(connection, nodeId, page, ct),
            cancellationToken);
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<Paper>> GetPapersAsync(
        IReadOnlyCollection<string> ids, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(ids);
        return RunAsync(
            nameof(GetPapersAsync),
            (connection, ct) => SqliteLookups.GetPapersAsync(connection, ids, ct),
            cancellationToken);
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<Entity>> GetEntitiesAsync(
        IReadOnlyCollection<string> ids, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(ids);
        return RunAsync(
            nameof(GetEntitiesAsync),
            (connection, ct) => SqliteLookups.GetEntitiesAsync(connection, ids, ct),
            cancellationToken);
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<GraphNode>> GetNodesAsync(
        IReadOnlyCollection<string> ids, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(ids);
        return RunAsync(
            nameof(GetNodesAsync),
            (connection, ct) => SqliteLookups.GetNodesAsync(connection, ids, ct),
            cancellationToken);
    }

    /// <inheritdoc />
    public Task<Entity?> FindEntityAsync(
        EntityKind kind, string nameOrAlias, CancellationToken cancellationToken = default)
    {
        StoreArguments.RequireText(nameOrAlias, nameof(nameOrAlias));
        return RunAsync(
            nameof(FindEntityAsync),
            (connection, ct) => SqliteLookups.FindEntityAsync(connection, kind, nameOrAlias, ct),
            cancellationToken);
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<Mention>> GetMentionsAsync(
        IReadOnlyCollection<string> paperIds, EntityKind? kind = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(paperIds);
        return RunAsync(
            nameof(GetMentionsAsync),
            (connection, ct) => SqliteLookups.GetMentionsAsync(connection, paperIds, kind, ct),
            cancellationToken);
    }

    /// <inheritdoc />
    public Task<IReadOnlyDictionary<string, int>> CountPapersAsync(
        IReadOnlyCollection<string> entityIds, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(entityIds);
        return RunAsync(
            nameof(CountPapersAsync),
            (connection, ct) => SqliteLookups.CountPapersAsync(connection, entityIds, ct),
            cancellationToken);
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<Entity>> GetVariantsAsync(
        IReadOnlyCollection<string> parentIds, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(parentIds);
        return RunAsync(
            nameof(GetVariantsAsync),
            (connection, ct) => SqliteLookups.GetVariantsAsync(connection, parentIds, ct),
            cancellationToken);
    }

    /// <inheritdoc />
    public Task<Page<Paper>> ListPapersAsync(PaperQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        return RunAsync(
            nameof(ListPapersAsync),
            (connection, ct) => SqliteListQueries.ListPapersAsync(connection, query, ct),
            cancellationToken);
    }

    /// <inheritdoc />
    public Task<long> CountPapersAsync(PaperFilter? where, CancellationToken cancellationToken = default) =>
        RunAsync(
            nameof(CountPapersAsync),
            (connection, ct) => SqliteListQueries.CountPapersAsync(connection, where, ct),
            cancellationToken);

    /// <inheritdoc />
    public Task<Page<Entity>> ListEntitiesAsync(EntityQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        return RunAsync(
            nameof(ListEntitiesAsync),
            (connection, ct) => SqliteListQueries.ListEntitiesAsync(connection, query, ct),
            cancellationToken);
    }

    /// <inheritdoc />
    public Task<long> CountEntitiesAsync(
        EntityKind kind, EntityFilter? where, CancellationToken cancellationToken = default) =>
        RunAsync(
            nameof(CountEntitiesAsync),
            (connection, ct) => SqliteListQueries.CountEntitiesAsync(connection, kind, where, ct),
            cancellationToken);

    /// <inheritdoc />
    public Task<IReadOnlyDictionary<string, Page<SharedBenchmarkPaper>>> PapersSharingBenchmarkAsync(
        IReadOnlyCollection<string> paperIds,
        bool includeVariants,
        PageRequest page,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(paperIds);
        ArgumentNullException.ThrowIfNull(page);
        return RunAsync(
            nameof(PapersSharingBenchmarkAsync),
            (connection, ct) => SqliteBenchmarkQueries.PapersSharingBenchmarkAsync(
                connection, paperIds, includeVariants, page, ct),
            cancellationToken);
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<BenchmarkOverlap>> BenchmarkOverlapsAsync(
        string? datasetId, int minShared, int first, CancellationToken cancellationToken = default)
    {
        StoreArguments.RequireRange(minShared, 1, int.MaxValue, nameof(minShared));
        StoreArguments.RequireFirst(first);
        return RunAsync(
            nameof(BenchmarkOverlapsAsync),
            (connection, ct) => SqliteBenchmarkQueries.BenchmarkOverlapsAsync(connection, datasetId, minShared, first, ct),
            cancellationToken);
    }

    /// <inheritdoc />
    public Task<IReadOnlyDictionary<string, IReadOnlyList<RelatedPaper>>> RelatedPapersAsync(
        IReadOnlyCollection<string> paperIds, int first, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(paperIds);
        StoreArguments.RequireFirst(first);
        return RunAsync(
            nameof(RelatedPapersAsync),
            (connection, ct) => SqliteTermQueries.RelatedPapersAsync(connection, paperIds, first, ct),
            cancellationToken);
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<CoOccurrence>> CoOccurringAsync(
        string entityId, EntityKind otherKind, int first, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(entityId);
        StoreArguments.RequireFirst(first);
        return RunAsync(
            nameof(CoOccurringAsync),
            (connection, ct) => SqliteTermQueries.CoOccurringAsync(connection, entityId, otherKind, first, ct),
            cancellationToken);
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<MonthlyCount>> TrendAsync(string entityId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(entityId);
        return RunAsync(
            nameof(TrendAsync),
            (connection, ct) => SqliteTermQueries.TrendAsync(connection, entityId, ct),
            cancellationToken);
    }

    /// <inheritdoc />
    public Task<Subgraph> NeighbourhoodAsync(
        string nodeId, int depth, int limit, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(nodeId);
        StoreArguments.RequireRange(depth, 0, TraversalLimits.MaxNeighbourhoodDepth, nameof(depth));
        StoreArguments.RequireRange(limit, 1, TraversalLimits.MaxNeighbourhoodNodes, nameof(limit));
        return RunAsync(
            nameof(NeighbourhoodAsync),
            (connection, ct) => NeighbourhoodWalk.FindAsync(new SqliteAdjacency(connection), nodeId, depth, limit, ct),
            cancellationToken);
    }

    /// <inheritdoc />
    public Task<Subgraph?> ShortestPathAsync(
        string fromId, string toId, int maxHops, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(fromId);
        ArgumentNullException.ThrowIfNull(toId);
        StoreArguments.RequireRange(maxHops, 0, TraversalLimits.MaxPathHops, nameof(maxHops));
        return RunAsync(
            nameof(ShortestPathAsync),
            (connection, ct) => ShortestPathSearch.FindAsync(new SqliteAdjacency(connection), fromId, toId, maxHops, ct),
            cancellationToken);
    }

    /// <inheritdoc />
    /// <remarks>
    /// Words are matched whole and all must occur; operators and punctuation in <paramref name="text"/> are not
    /// syntax. Text without any word yields no hits.
    /// </remarks>
    public Task<IReadOnlyList<SearchHit>> SearchAsync(
        string text, int first, CancellationToken cancellationToken = default)
    {
        StoreArguments.RequireText(text, nameof(text));
        StoreArguments.RequireFirst(first);
        return RunAsync(
            nameof(SearchAsync),
            (connection, ct) => SqliteSearch.SearchAsync(connection, text, first, ct),
            cancellationToken);
    }

    /// <inheritdoc />
    public Task<GraphStats> GetStatsAsync(CancellationToken cancellationToken = default) =>
        RunAsync(nameof(GetStatsAsync), SqliteStatistics.GetAsync, cancellationToken);

    /// <inheritdoc />
    public Task<IReadOnlyList<Entity>> GetAllEntitiesAsync(CancellationToken cancellationToken = default) =>
        RunAsync(nameof(GetAllEntitiesAsync), SqliteLookups.GetAllEntitiesAsync, cancellationToken);

    /// <inheritdoc />
    /// <remarks>Reads one snapshot: papers written while the stream is consumed are not mixed in.</remarks>
    public async IAsyncEnumerable<PaperGraph> ReadAllPapersAsync(
        [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var connection = await GuardAsync(
            nameof(ReadAllPapersAsync), () => _connections.OpenAsync(create: false, cancellationToken));
        try
        {
            // A deferred transaction pins the snapshot at the first read and holds it until the last chunk.
            var snapshot = await GuardAsync(
                nameof(ReadAllPapersAsync), () => Task.FromResult(connection.BeginTransaction(deferred: true)));
            await using (snapshot)
            {
                var after = "";
                while (true)
                {
                    var chunk = await GuardAsync(
                        nameof(ReadAllPapersAsync),
                        () => SqliteExport.ReadChunkAsync(connection, after, ExportChunkSize, cancellationToken));
                    foreach (var paper in chunk)
                    {
                        yield return paper;
                    }

                    if (chunk.Count < ExportChunkSize)
                    {
                        yield break;
                    }

                    after = chunk[^1].Paper.Id;
                }
            }
        }
        finally
        {
            await connection.DisposeAsync();
        }
    }

    /// <summary>Closes the pooled connections to the database file.</summary>
    public void Dispose() => _connections.ClearPools();

    private Task<T> RunAsync<T>(
        string operation,
        Func<SqliteConnection, CancellationToken, Task<T>> work,
        CancellationToken cancellationToken) =>
        SqliteOperation.RunAsync(_connections, operation, work, cancellationToken);

    private static Task<T> GuardAsync<T>(string operation, Func<Task<T>> work) =>
        SqliteOperation.GuardAsync(operation, work);
}
