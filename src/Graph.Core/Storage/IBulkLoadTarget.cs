namespace Graph.Core.Storage;

/// <summary>
/// A store that writes a large load faster when it knows one is coming, typically by deferring the upkeep of its
/// indexes until the end. Optional: an ingestion uses it when the store offers it, and loads the same graph either
/// way.
/// </summary>
public interface IBulkLoadTarget
{
    /// <summary>
    /// Prepares for writing <paramref name="papers"/> papers in several <see cref="IGraphStore.WriteAsync"/> batches.
    /// The store may decline (the load is small beside what it holds) and return a load that defers nothing.
    /// </summary>
    /// <returns>The load: complete it after the last batch. A load never completed (a crash, a failed batch) is
    /// completed by the next <see cref="IGraphStore.InitializeAsync"/>.</returns>
    Task<IBulkLoad> BeginBulkLoadAsync(long papers, CancellationToken cancellationToken = default);
}
