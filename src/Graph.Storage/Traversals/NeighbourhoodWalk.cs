using Graph.Core.Traversals;

namespace Graph.Storage.Traversals;

/// <summary>
/// Breadth-first neighbourhood: one read per level over the current frontier, nearest nodes first and, within a
/// level, the smallest ids first, until the depth or the node limit is reached. (A single variable-length Cypher
/// pattern or recursive SQL query could not cut a level at the limit by id.)
/// </summary>
internal static class NeighbourhoodWalk
{
    public static async Task<Subgraph> FindAsync(
        IGraphAdjacency graph, string nodeId, int depth, int limit, CancellationToken cancellationToken)
    {
        var start = await graph.GetNodesAsync([nodeId], cancellationToken);
        if (start.Count == 0)
        {
            return new Subgraph([], []);
        }

        var order = new List<string> { nodeId };
        var seen = new HashSet<string>(StringComparer.Ordinal) { nodeId };
        var frontier = new List<string> { nodeId };
        for (var level = 1; level <= depth && frontier.Count > 0 && order.Count < limit; level++)
        {
            frontier = await graph.SmallestNewNeighboursAsync(frontier, seen, limit - order.Count, cancellationToken);
            order.AddRange(frontier);
            seen.UnionWith(frontier);
        }

        var nodes = (await graph.GetNodesAsync(order, cancellationToken)).ToDictionary(n => n.Id, StringComparer.Ordinal);
        var relationships = await graph.AmongAsync(order, cancellationToken);
        relationships.Sort(RelationshipOrder.Comparer);
        return new Subgraph(order.Where(nodes.ContainsKey).Select(id => nodes[id]).ToList(), relationships);
    }
}
