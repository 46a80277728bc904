using System.Collections.Concurrent;
using Graph.Core.Domain;
using Graph.Core.Querying;
using Graph.Core.Storage;
using Graph.Core.Traversals;
using GraphQL.DataLoader;
using Microsoft.Extensions.Options;

namespace Graph.Api.GraphQL.Loaders;

/// <summary>
/// The batch loaders of one request. Nested fields load through them, so a page of papers with their methods and
/// datasets costs one store call per level, however many papers the page holds. <see cref="GraphApiOptions.Batching"/>
/// off makes every loader fetch key by key, to measure the difference.
/// </summary>
public sealed class GraphLoaders(IGraphStore store, IOptions<GraphApiOptions> options)
{
    private readonly ConcurrentDictionary<(bool, int), BatchLoader<string, Page<SharedBenchmarkPaper>>> _sharing = new();
    private readonly ConcurrentDictionary<int, BatchLoader<string, IReadOnlyList<RelatedPaper>>> _related = new();

    private BatchLoader<string, Paper?> Papers { get; } = new(async (ids, ct) =>
        (await store.GetPapersAsync(ids, ct)).ToDictionary(p => p.Id, p => (Paper?)p, StringComparer.Ordinal), null, options.Value.Batching);

    private BatchLoader<string, Entity?> Entities { get; } = new(async (ids, ct) =>
        (await store.GetEntitiesAsync(ids, ct)).ToDictionary(e => e.Id, e => (Entity?)e, StringComparer.Ordinal), null, options.Value.Batching);

    private BatchLoader<string, GraphNode?> Nodes { get; } = new(async (ids, ct) =>
        (await store.GetNodesAsync(ids, ct)).ToDictionary(n => n.Id, n => (GraphNode?)n, StringComparer.Ordinal), null, options.Value.Batching);

    private BatchLoader<string, IReadOnlyList<Mention>> Mentions { get; } = new(async (ids, ct) =>
        (await store.GetMentionsAsync(ids, null, ct))
            .GroupBy(m => m.PaperId, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<Mention>)g.ToList(), StringComparer.Ordinal), [], options.Value.Batching);

    private BatchLoader<string, int> PaperCounts { get; } = new(async (ids, ct) => await store.CountPapersAsync(ids, ct), 0, options.Value.Batching);

    private BatchLoader<string, IReadOnlyList<Entity>> Variants { get; } = new(async (ids, ct) =>
        (await store.GetVariantsAsync(ids, ct))
            .GroupBy(e => e.ParentId!, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<Entity>)g.ToList(), StringComparer.Ordinal), [], options.Value.Batching);

    /// <summary>A paper by graph id.</summary>
    public IDataLoaderResult<Paper?> Paper(string id) => Papers.Load(id);

    /// <summary>A term by graph id.</summary>
    public IDataLoaderResult<Entity?> Entity(string id) => Entities.Load(id);

    /// <summary>An organization or author by graph id.</summary>
    public IDataLoaderResult<GraphNode?> Node(string id) => Nodes.Load(id);

    /// <summary>Every link of a paper.</summary>
    public IDataLoaderResult<IReadOnlyList<Mention>> MentionsOf(string paperId) => Mentions.Load(paperId);

    /// <summary>The number of papers linked to a term.</summary>
    public IDataLoaderResult<int> PaperCount(string entityId) => PaperCounts.Load(entityId);

    /// <summary>The direct variants of a term.</summary>
    public IDataLoaderResult<IReadOnlyList<Entity>> VariantsOf(string entityId) => Variants.Load(entityId);

    /// <summary>The first page of papers sharing a benchmark with a paper; pages after a cursor go to the store directly.</summary>
    public IDataLoaderResult<Page<SharedBenchmarkPaper>> SharingBenchmark(string paperId, bool includeVariants, int first) =>
        _sharing.GetOrAdd((includeVariants, first), key => new BatchLoader<string, Page<SharedBenchmarkPaper>>(
            async (ids, ct) => await store.PapersSharingBenchmarkAsync(ids, key.Item1, new PageRequest(First: key.Item2), ct),
            new Page<SharedBenchmarkPaper>([], false, false),
            options.Value.Batching)).Load(paperId);

    /// <summary>The papers most related to a paper.</summary>
    public IDataLoaderResult<IReadOnlyList<RelatedPaper>> Related(string paperId, int first) =>
        _related.GetOrAdd(first, size => new BatchLoader<string, IReadOnlyList<RelatedPaper>>(
            async (ids, ct) => await store.RelatedPapersAsync(ids, size, ct), [], options.Value.Batching)).Load(paperId);
}
