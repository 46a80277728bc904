namespace Graph.Core.Storage;

/// <summary>A backend failed. Names the port operation, never the parameter values.</summary>
public sealed class GraphStoreException(string operation, Exception innerException)
    : Exception($"The graph store failed during '{operation}'.", innerException)
{
    /// <summary>The port operation that failed.</summary>
    public string Operation { get; } = operation;
}
