using Graph.Core.Traversals;

namespace Graph.Storage.Traversals;

/// <summary>
/// What a backend answers so that the shared walks (<see cref="NeighbourhoodWalk"/>, <see cref="ShortestPathSearch"/>)
/// can run on it: nodes by id, and the graph's relationships around a set of nodes, in either direction. Only the
/// graph's relationship types count, never bookkeeping ones (candidates, the audit trail).
/// </summary>
internal interface IGraphAdjacency
{
    /// <summary>The nodes with these ids; unknown ids are left out, the order is not defined.</summary>
    Task<IReadOnlyList<GraphNode>> GetNodesAsync(IReadOnlyCollection<string> nodeIds, CancellationToken cancellationToken);

    /// <summary>Every relationship with at least one end among the nodes, each once.</summary>
    Task<List<GraphRelationship>> TouchingAsync(IReadOnlyCollection<string> nodeIds, CancellationToken cancellationToken);

    /// <summary>
    /// The <paramref name="take"/> smallest ids (ordinal order) of the nodes adjacent to any of
    /// <paramref name="nodeIds"/> that are not in <paramref name="excluded"/>, in that order. A backend that can read
    /// a node's neighbours in id order stops after <paramref name="take"/> of them, whatever the node's degree.
    /// </summary>
    Task<List<string>> SmallestNewNeighboursAsync(
        IReadOnlyCollection<string> nodeIds, IReadOnlySet<string> excluded, int take, CancellationToken cancellationToken);

    /// <summary>Every relationship with both ends among the nodes, each once.</summary>
    Task<List<GraphRelationship>> AmongAsync(IReadOnlyCollection<string> nodeIds, CancellationToken cancellationToken);
}
