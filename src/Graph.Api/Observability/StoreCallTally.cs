namespace Graph.Api.Observability;

/// <summary>
/// Counts the store calls of the current operation. The GraphQL execution starts one per operation; the
/// instrumented store adds to whichever is current in its async flow.
/// </summary>
public sealed class StoreCallTally
{
    private static readonly AsyncLocal<StoreCallTally?> CurrentTally = new();
    private int _calls;

    /// <summary>The tally of the operation running in this async flow, if any.</summary>
    public static StoreCallTally? Current => CurrentTally.Value;

    /// <summary>Store calls so far.</summary>
    public int Calls => Volatile.Read(ref _calls);

    /// <summary>Starts a tally for the current async flow and what it awaits.</summary>
    public static StoreCallTally Start() => CurrentTally.Value = new StoreCallTally();

    /// <summary>Records one call.</summary>
    public void Increment() => Interlocked.Increment(ref _calls);
}
