using System.Runtime.CompilerServices;
using Graph.Core;
using Graph.Core.Curation;
using Graph.Core.Domain;
using Graph.Core.Querying;
using Graph.Core.Storage;
using Graph.Core.Traversals;
using Graph.Storage.Traversals;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Graph.Storage.Neo4j;

/// <summary>
/// The graph store on Neo4j, through its HTTP Query API (docs/graph-model.md describes the graph). Every statement
/// comes from the <c>cypher/</c> catalogue, every value travels as a parameter, every write is one transaction.
/// </summary>
/// <remarks>
/// Thread-safe. Transient Neo4j failures are retried with backoff (the whole transaction); writes leave bookmarks
/// that later requests carry, so the store reads its own writes on a cluster. Backend failures surface as
/// <see cref="GraphStoreException"/> naming the operation; <see cref="GraphQueryException"/>,
/// <see cref="CurationConflictException"/>, <see cref="ArgumentException"/> and cancellations pass through, and a
/// constraint violation is a <c>CONFLICT</c>. Every write, a batch or a change, first takes one lock (the audit
/// counter node's), so writes are serialized as on SQLite and the checks a write makes before writing still hold
/// when it writes. Reads run at Neo4j's read-committed isolation, so unlike the SQLite store,
/// <see cref="ReadAllPapersAsync"/> is not one snapshot.
/// </remarks>
public sealed class Neo4jGraphStore : IGraphStore
{
    /// <summary>The backend name reported by <see cref="CheckHealthAsync"/>.</summary>
    public const string BackendName = "neo4j";

    private const int ExportChunkSize = 500;

    private readonly Neo4jExecutor _executor;
    private readonly TimeProvider _clock;

    /// <summary>Creates a store that sends its requests through <paramref name="http"/>.</summary>
    public Neo4jGraphStore(
        HttpClient http, Neo4jOptions options, ILogger<Neo4jGraphStore>? logger = null, TimeProvider? timeProvider = null)
        : this(new Neo4jQueryClient(http, Options.Create(options)), options, logger, timeProvider)
    {
    }

    internal Neo4jGraphStore(
        Neo4jQueryClient client, Neo4jOptions options, ILogger<Neo4jGraphStore>? logger = null, TimeProvider? timeProvider = null)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(options);
        _clock = timeProvider ?? TimeProvider.System;
        _executor = new Neo4jExecutor(client, options, (ILogger?)logger ?? NullLogger.Instance, _clock);
    }

    /// <summary>The schema version this build creates and understands.</summary>
    public static int SchemaVersion => Neo4jSchema.LatestVersion;

    /// <inheritdoc />
    public Task InitializeAsync(CancellationToken cancellationToken = default) =>
        GuardAsync(nameof(InitializeAsync), async () =>
        {
            await Neo4jSchema.InitializeAsync(_executor, nameof(InitializeAsync), _clock, cancellationToken);
            return true;
        });

    /// <inheritdoc />
    /// <remarks>Never throws for an unreachable server: that is reported as <see cref="StoreHealth.Reachable"/> false.</remarks>
    public Task<StoreHealth> CheckHealthAsync(CancellationToken cancellationToken = default) =>
        Neo4jSchema.CheckAsync(Reader(nameof(CheckHealthAsync)), BackendName, cancellationToken);

    /// <inheritdoc />
    /// <remarks>Progress restarts from the first paper if a transient failure makes the store retry the batch.</remarks>
    public Task<WriteSummary> WriteAsync(
        GraphBatch batch, IProgress<int>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(batch);
        GraphBatchValidator.Validate(batch);
        return GuardAsync(nameof(WriteAsync), () =>
        {
            cancellationToken.ThrowIfCancellationRequested();
            return _executor.InTransactionAsync(
                nameof(WriteAsync),
                Neo4jAccessMode.Write,
                (transaction, token) => Neo4jGraphWriter.WriteAsync(transaction, batch, progress, token),
                cancellationToken);
        });
    }

    /// <inheritdoc />
    public Task<ChangeRecord> ApplyAsync(GraphChange change, ChangeContext context, CancellationToken cancellationToken = default)
    {
        GraphChangeValidator.Validate(change, context);
        cancellationToken.ThrowIfCancellationRequested();
        return GuardAsync(
            nameof(ApplyAsync),
            () => _executor.InTransactionAsync(
                nameof(ApplyAsync),
                Neo4jAccessMode.Write,
                (transaction, token) => Neo4jCuration.ApplyAsync(transaction, change, context, token),
                cancellationToken),
            curation: true);
    }

    /// <inheritdoc />
    public Task<Page<ChangeRecord>> GetChangesAsync(string? nodeId, PageRequest page, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(page);
        if (nodeId is not null)
        {
            StoreArguments.RequireText(nodeId, nameof(nodeId));
        }

        return GuardAsync(nameof(GetChangesAsync), () => Neo4jChanges.GetAsync(Reader(nameof(GetChangesAsync)), nodeId, page, cancellationToken));
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<Paper>> GetPapersAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(ids);
        return GuardAsync(nameof(GetPapersAsync), () => Neo4jLookups.GetPapersAsync(Reader(nameof(GetPapersAsync)), ids, cancellationToken));
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<Entity>> GetEntitiesAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(ids);
        return GuardAsync(nameof(GetEntitiesAsync), () => Neo4jLookups.GetEntitiesAsync(Reader(nameof(GetEntitiesAsync)), ids, cancellationToken));
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<GraphNode>> GetNodesAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(ids);
        return GuardAsync(nameof(GetNodesAsync), () => Neo4jLookups.GetNodesAsync(Reader(nameof(GetNodesAsync)), ids, cancellationToken));
    }

    /// <inheritdoc />
    public Task<Entity?> FindEntityAsync(EntityKind kind, string nameOrAlias, CancellationToken cancellationToken = default)
    {
        StoreArguments.RequireText(nameOrAlias, nameof(nameOrAlias));
        return GuardAsync(
            nameof(FindEntityAsync), () => Neo4jLookups.FindEntityAsync(Reader(nameof(FindEntityAsync)), kind, nameOrAlias, cancellationToken));
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<Mention>> GetMentionsAsync(
        IReadOnlyCollection<string> paperIds, EntityKind? kind = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(paperIds);
        return GuardAsync(
            nameof(GetMentionsAsync), () => Neo4jLookups.GetMentionsAsync(Reader(nameof(GetMentionsAsync)), paperIds, kind, cancellationToken));
    }

    /// <inheritdoc />
    public Task<IReadOnlyDictionary<string, int>> CountPapersAsync(
        IReadOnlyCollection<string> entityIds, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(entityIds);
        return GuardAsync(
            nameof(CountPapersAsync), () => Neo4jLookups.CountPapersAsync(Reader(nameof(CountPapersAsync)), entityIds, cancellationToken));
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<Entity>> GetVariantsAsync(IReadOnlyCollection<string> parentIds, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(parentIds);
        return GuardAsync(
            nameof(GetVariantsAsync), () => Neo4jLookups.GetVariantsAsync(Reader(nameof(GetVariantsAsync)), parentIds, cancellationToken));
    }

    /// <inheritdoc />
    public Task<Page<Paper>> ListPapersAsync(PaperQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        return GuardAsync(nameof(ListPapersAsync), () => Neo4jListQueries.ListPapersAsync(Reader(nameof(ListPapersAsync)), query, cancellationToken));
    }

    /// <inheritdoc />
    public Task<long> CountPapersAsync(PaperFilter? where, CancellationToken cancellationToken = default) =>
        GuardAsync(nameof(CountPapersAsync), () => Neo4jListQueries.CountPapersAsync(Reader(nameof(CountPapersAsync)), where, cancellationToken));

    /// <inheritdoc />
    public Task<Page<Entity>> ListEntitiesAsync(EntityQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        return GuardAsync(
            nameof(ListEntitiesAsync), () => Neo4jListQueries.ListEntitiesAsync(Reader(nameof(ListEntitiesAsync)), query, cancellationToken));
    }

    /// <inheritdoc />
    public Task<long> CountEntitiesAsync(EntityKind kind, EntityFilter? where, CancellationToken cancellationToken = default) =>
        GuardAsync(
            nameof(CountEntitiesAsync),
            () => Neo4jListQueries.CountEntitiesAsync(Reader(nameof(CountEntitiesAsync)), kind, where, cancellationToken));

    /// <inheritdoc />
    public Task<IReadOnlyDictionary<string, Page<SharedBenchmarkPaper>>> PapersSharingBenchmarkAsync(
        IReadOnlyCollection<string> paperIds, bool includeVariants, PageRequest page, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(paperIds);
        ArgumentNullException.ThrowIfNull(page);
        return GuardAsync(
            nameof(PapersSharingBenchmarkAsync),
            () => Neo4jTraversals.PapersSharingBenchmarkAsync(
                Reader(nameof(PapersSharingBenchmarkAsync)), paperIds, includeVariants, page, cancellationToken));
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<BenchmarkOverlap>> BenchmarkOverlapsAsync(
        string? datasetId, int minShared, int first, CancellationToken cancellationToken = default)
    {
        StoreArguments.RequireRange(minShared, 1, int.MaxValue, nameof(minShared));
        StoreArguments.RequireFirst(first);
        return GuardAsync(
            nameof(BenchmarkOverlapsAsync),
            () => Neo4jTraversals.BenchmarkOverlapsAsync(Reader(nameof(BenchmarkOverlapsAsync)), datasetId, minShared, first, cancellationToken));
    }

    /// <inheritdoc />
    public Task<IReadOnlyDictionary<string, IReadOnlyList<RelatedPaper>>> RelatedPapersAsync(
        IReadOnlyCollection<string> paperIds, int first, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(paperIds);
        StoreArguments.RequireFirst(first);
        return GuardAsync(
            nameof(RelatedPapersAsync),
            () => Neo4jTraversals.RelatedPapersAsync(Reader(nameof(RelatedPapersAsync)), paperIds, first, cancellationToken));
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<CoOccurrence>> CoOccurringAsync(
        string entityId, EntityKind otherKind, int first, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(entityId);
        StoreArguments.RequireFirst(first);
        return GuardAsync(
            nameof(CoOccurringAsync),
            () => Neo4jTraversals.CoOccurringAsync(Reader(nameof(CoOccurringAsync)), entityId, otherKind, first, cancellationToken));
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<MonthlyCount>> TrendAsync(string entityId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(entityId);
        return GuardAsync(nameof(TrendAsync), () => Neo4jTraversals.TrendAsync(Reader(nameof(TrendAsync)), entityId, cancellationToken));
    }

    /// <inheritdoc />
    public Task<Subgraph> NeighbourhoodAsync(string nodeId, int depth, int limit, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(nodeId);
        StoreArguments.RequireRange(depth, 0, TraversalLimits.MaxNeighbourhoodDepth, nameof(depth));
        StoreArguments.RequireRange(limit, 1, TraversalLimits.MaxNeighbourhoodNodes, nameof(limit));
        return GuardAsync(
            nameof(NeighbourhoodAsync),
            () => NeighbourhoodWalk.FindAsync(new Neo4jAdjacency(Reader(nameof(NeighbourhoodAsync))), nodeId, depth, limit, cancellationToken));
    }

    /// <inheritdoc />
    public Task<Subgraph?> ShortestPathAsync(string fromId, string toId, int maxHops, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(fromId);
        ArgumentNullException.ThrowIfNull(toId);
        StoreArguments.RequireRange(maxHops, 0, TraversalLimits.MaxPathHops, nameof(maxHops));
        return GuardAsync(
            nameof(ShortestPathAsync),
            () => ShortestPathSearch.FindAsync(new Neo4jAdjacency(Reader(nameof(ShortestPathAsync))), fromId, toId, maxHops, cancellationToken));
    }

    /// <inheritdoc />
    /// <remarks>
    /// Words are matched whole and all must occur, in the title (weighted up) or the abstract; operators and
    /// punctuation in <paramref name="text"/> are not syntax. Text without any word yields no hits.
    /// </remarks>
    public Task<IReadOnlyList<SearchHit>> SearchAsync(string text, int first, CancellationToken cancellationToken = default)
    {
        StoreArguments.RequireText(text, nameof(text));
        StoreArguments.RequireFirst(first);
        return GuardAsync(nameof(SearchAsync), () => Neo4jSearch.SearchAsync(Reader(nameof(SearchAsync)), text, first, cancellationToken));
    }

    /// <inheritdoc />
    public Task<GraphStats> GetStatsAsync(CancellationToken cancellationToken = default) =>
        GuardAsync(nameof(GetStatsAsync), () => Neo4jStatistics.GetAsync(Reader(nameof(GetStatsAsync)), cancellationToken));

    /// <inheritdoc />
    public Task<IReadOnlyList<Entity>> GetAllEntitiesAsync(CancellationToken cancellationToken = default) =>
        GuardAsync(nameof(GetAllEntitiesAsync), () => Neo4jLookups.GetAllEntitiesAsync(Reader(nameof(GetAllEntitiesAsync)), cancellationToken));

    /// <inheritdoc />
    /// <remarks>Pages through the papers by id; papers written while the stream is consumed may or may not appear.</remarks>
    public async IAsyncEnumerable<PaperGraph> ReadAllPapersAsync([EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var reader = Reader(nameof(ReadAllPapersAsync));
        var after = "";
        while (true)
        {
            var chunk = await GuardAsync(
                nameof(ReadAllPapersAsync), () => Neo4jExport.ReadChunkAsync(reader, after, ExportChunkSize, cancellationToken));
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

    private Neo4jReadRunner Reader(string operation) => new(_executor, operation);

    private static async Task<T> GuardAsync<T>(string operation, Func<Task<T>> work, bool curation = false)
    {
        try
        {
            return await work();
        }
        catch (Neo4jException e) when (e.IsConstraintViolation)
        {
            // Two writers raced for one key: the caller's change contradicts the graph as it now is.
            const string message = "The change conflicts with a node that now exists with the same key; read again and retry.";
            throw curation
                ? new CurationConflictException(ErrorCodes.Conflict, message)
                : new GraphQueryException(ErrorCodes.Conflict, message);
        }
        catch (Exception e) when (e is not (GraphQueryException or GraphStoreException or CurationConflictException
                                      or OperationCanceledException or ArgumentException))
        {
            // The operation's name only: the message must not echo what the caller searched for or wrote.
            throw new GraphStoreException(operation, e);
        }
    }
}
