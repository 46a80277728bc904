namespace Graph.Storage;

/// <summary>
/// Bounds on traversal arguments that every backend enforces, so that one request cannot walk the whole graph.
/// </summary>
public static class TraversalLimits
{
    /// <summary>The deepest neighbourhood a caller may ask for.</summary>
    public const int MaxNeighbourhoodDepth = 4;

    /// <summary>The most nodes a neighbourhood may return.</summary>
    public const int MaxNeighbourhoodNodes = 500;

    /// <summary>The longest path a shortest-path search may look for.</summary>
    public const int MaxPathHops = 8;
}
