using Graph.Core.Curation;
using Graph.Core.Domain;
using Graph.Core.Querying;
using Graph.Core.Traversals;

namespace Graph.Core.Storage;

/// <summary>
/// The graph store port: everything the API and the CLI need from a backend. Every backend passes the same
/// contract test suite. Batch lookups take many ids at once so that nested queries cost a constant number of
/// calls; unknown ids are left out of the results rather than failing.
/// </summary>
public interface IGraphStore
{
    /// <summary>Creates or migrates the schema. Safe to call at every start.</summary>
    Task InitializeAsync(CancellationToken cancellationToken = default);

    /// <summary>Reports reachability and schema version.</summary>
    Task<StoreHealth> CheckHealthAsync(CancellationToken cancellationToken = default);

    /// <summary>
    /// Writes a batch atomically: all of it or none of it. Terms are upserted; each paper replaces its previous
    /// version, authors, candidates and extracted links, so writing the same batch twice yields the same graph.
    /// </summary>
    /// <remarks>
    /// A paper's curated links are kept: an extracted link of the batch to a term the paper already has a curated
    /// link to is dropped (the curated link wins), and evidence of a curated link that no longer matches the
    /// paper's new text is removed. Each link is stored with its <see cref="Mention.Curated"/> flag, so writing
    /// back what <see cref="ReadAllPapersAsync"/> returned copies the curation too; a curated link of the batch
    /// replaces the stored link to its term. An extracted link a curator rejected (<see cref="UnlinkPaper"/>) is not
    /// written; a curated one is, and lifts the rejection. Rejections are not part of what
    /// <see cref="ReadAllPapersAsync"/> returns, so copying a graph this way does not copy them.
    /// </remarks>
    /// <param name="batch">Terms and papers to write.</param>
    /// <param name="progress">Receives the number of papers written so far.</param>
    /// <param name="cancellationToken">Cancels the write; nothing of the batch is kept.</param>
    Task<WriteSummary> WriteAsync(
        GraphBatch batch, IProgress<int>? progress = null, CancellationToken cancellationToken = default);

    /// <summary>
    /// Applies one change atomically together with its audit record: both, or nothing at all.
    /// </summary>
    /// <remarks>
    /// <see cref="LinkPaper"/> writes a curated link, whatever its mention's flag says, and <see cref="MergeTerms"/>
    /// keeps a link curated when either merged link was; the other changes store links with their mentions' flag
    /// (extracted, normally) and never replace a curated link with an extracted one. Curated links survive
    /// re-ingestion of their paper (<see cref="WriteAsync"/>, <see cref="AddPaper"/>, <see cref="UpdatePaper"/>), and
    /// so do <see cref="UnlinkPaper"/>'s removals: extraction never writes a link a curator rejected.
    /// Concurrent changes are serialized, each seeing what the previous one wrote, so changes to different links
    /// of one paper all land.
    /// </remarks>
    /// <returns>
    /// The audit record written: the next <see cref="ChangeRecord.Sequence"/>, <see cref="ChangeContext.At"/> in
    /// UTC, the context's actor and summary, and the change's operation and targets.
    /// </returns>
    /// <exception cref="CurationConflictException">A node it needs is missing (<c>NOT_FOUND</c>) or the text it
    /// was computed from changed meanwhile (<c>CONFLICT</c>); nothing was written.</exception>
    /// <exception cref="GraphQueryException">The change is malformed or contradicts the model
    /// (<c>INVALID_ARGUMENT</c>): a link of the wrong kind, evidence that is not the paper's text, a term merged
    /// into one of another kind, a cycle of variants; nothing was written.</exception>
    Task<ChangeRecord> ApplyAsync(GraphChange change, ChangeContext context, CancellationToken cancellationToken = default);

    /// <summary>
    /// The audit trail, keyset-paged newest first (by sequence); only the changes whose targets include
    /// <paramref name="nodeId"/> when given. The trail outlives its nodes: the changes of a removed paper or a
    /// merged term stay listed under its id.
    /// </summary>
    /// <exception cref="GraphQueryException">The paging arguments or the cursor are not valid, or
    /// <paramref name="nodeId"/> is blank.</exception>
    Task<Page<ChangeRecord>> GetChangesAsync(string? nodeId, PageRequest page, CancellationToken cancellationToken = default);

    /// <summary>Papers by id.</summary>
    Task<IReadOnlyList<Paper>> GetPapersAsync(
        IReadOnlyCollection<string> ids, CancellationToken cancellationToken = default);

    /// <summary>Terms by id.</summary>
    Task<IReadOnlyList<Entity>> GetEntitiesAsync(
        IReadOnlyCollection<string> ids, CancellationToken cancellationToken = default);

    /// <summary>Nodes of any label by id, with their display names.</summary>
    Task<IReadOnlyList<GraphNode>> GetNodesAsync(
        IReadOnlyCollection<string> ids, CancellationToken cancellationToken = default);

    /// <summary>Finds a term by canonical name or alias, ignoring case; null when none matches.</summary>
    Task<Entity?> FindEntityAsync(EntityKind kind, string nameOrAlias, CancellationToken cancellationToken = default);

    /// <summary>
    /// The links of the given papers, optionally of one kind, ordered by paper id then term id, each with its
    /// evidence and whether it is curated.
    /// </summary>
    Task<IReadOnlyList<Mention>> GetMentionsAsync(
        IReadOnlyCollection<string> paperIds, EntityKind? kind = null, CancellationToken cancellationToken = default);

    /// <summary>The number of papers linked to each of the given terms (terms without papers map to 0).</summary>
    Task<IReadOnlyDictionary<string, int>> CountPapersAsync(
        IReadOnlyCollection<string> entityIds, CancellationToken cancellationToken = default);

    /// <summary>The direct variants of the given terms (terms whose parent is one of them), by id.</summary>
    Task<IReadOnlyList<Entity>> GetVariantsAsync(
        IReadOnlyCollection<string> parentIds, CancellationToken cancellationToken = default);

    /// <summary>A filtered, sorted, keyset-paged list of papers.</summary>
    Task<Page<Paper>> ListPapersAsync(PaperQuery query, CancellationToken cancellationToken = default);

    /// <summary>The number of papers matching a filter (all papers when null).</summary>
    Task<long> CountPapersAsync(PaperFilter? where, CancellationToken cancellationToken = default);

    /// <summary>A filtered, sorted, keyset-paged list of terms of one kind.</summary>
    Task<Page<Entity>> ListEntitiesAsync(EntityQuery query, CancellationToken cancellationToken = default);

    /// <summary>The number of terms of one kind matching a filter.</summary>
    Task<long> CountEntitiesAsync(
        EntityKind kind, EntityFilter? where, CancellationToken cancellationToken = default);

    /// <summary>
    /// For each given paper, the other papers evaluated on at least one of its datasets, ranked by the number of
    /// shared datasets (descending), then by paper id. With <paramref name="includeVariants"/>, a dataset and
    /// its variants count as one benchmark (each is replaced by its top ancestor). Papers without datasets map
    /// to an empty page.
    /// </summary>
    Task<IReadOnlyDictionary<string, Page<SharedBenchmarkPaper>>> PapersSharingBenchmarkAsync(
        IReadOnlyCollection<string> paperIds,
        bool includeVariants,
        PageRequest page,
        CancellationToken cancellationToken = default);

    /// <summary>
    /// Pairs of papers sharing at least <paramref name="minShared"/> datasets, most shared first, then by
    /// paper ids; restricted to pairs that share <paramref name="datasetId"/> when it is given.
    /// </summary>
    Task<IReadOnlyList<BenchmarkOverlap>> BenchmarkOverlapsAsync(
        string? datasetId, int minShared, int first, CancellationToken cancellationToken = default);

    /// <summary>
    /// For each given paper, other papers ranked by the weighted number of shared terms of every kind
    /// (<see cref="Relatedness"/>), then by paper id.
    /// </summary>
    Task<IReadOnlyDictionary<string, IReadOnlyList<RelatedPaper>>> RelatedPapersAsync(
        IReadOnlyCollection<string> paperIds, int first, CancellationToken cancellationToken = default);

    /// <summary>
    /// Terms of <paramref name="otherKind"/> linked to the same papers as <paramref name="entityId"/>, with the
    /// number of such papers, most first, then by id. The term itself is never in the result.
    /// </summary>
    Task<IReadOnlyList<CoOccurrence>> CoOccurringAsync(
        string entityId, EntityKind otherKind, int first, CancellationToken cancellationToken = default);

    /// <summary>Papers per calendar month linked to a term, oldest month first; months without papers are left out.</summary>
    Task<IReadOnlyList<MonthlyCount>> TrendAsync(string entityId, CancellationToken cancellationToken = default);

    /// <summary>
    /// The nodes within <paramref name="depth"/> hops of a node (relationships followed in either direction) and
    /// the relationships among them, at most <paramref name="limit"/> nodes, nearest first.
    /// </summary>
    Task<Subgraph> NeighbourhoodAsync(
        string nodeId, int depth, int limit, CancellationToken cancellationToken = default);

    /// <summary>
    /// A shortest path between two nodes following relationships in either direction, at most
    /// <paramref name="maxHops"/> long; null when there is none. Ties are broken by the smallest node ids.
    /// </summary>
    Task<Subgraph?> ShortestPathAsync(
        string fromId, string toId, int maxHops, CancellationToken cancellationToken = default);

    /// <summary>Full-text search over titles and abstracts, best first.</summary>
    Task<IReadOnlyList<SearchHit>> SearchAsync(string text, int first, CancellationToken cancellationToken = default);

    /// <summary>Counts by node label and relationship type.</summary>
    Task<GraphStats> GetStatsAsync(CancellationToken cancellationToken = default);

    /// <summary>Every term, by id.</summary>
    Task<IReadOnlyList<Entity>> GetAllEntitiesAsync(CancellationToken cancellationToken = default);

    /// <summary>Every paper with its links (curated flag included) and candidates, by paper id, streamed.</summary>
    IAsyncEnumerable<PaperGraph> ReadAllPapersAsync(CancellationToken cancellationToken = default);
}
