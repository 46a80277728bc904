namespace Graph.Core.Storage;

/// <summary>A bulk load in progress (see <see cref="IBulkLoadTarget"/>).</summary>
public interface IBulkLoad
{
    /// <summary>True when the store defers work until <see cref="CompleteAsync"/>.</summary>
    bool IsDeferring { get; }

    /// <summary>Does what was deferred (rebuilds indexes); until then, reads are correct but may be slow.</summary>
    Task CompleteAsync(CancellationToken cancellationToken = default);
}
