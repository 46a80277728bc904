using Graph.Core.Traversals;

namespace Graph.Storage.Traversals;

/// <summary>
/// Bidirectional breadth-first search over relationships in either direction. Each step expands the smaller
/// frontier by one level; the first level at which the two searches touch fixes the distance. Among all shortest
/// paths the one whose node ids, read from the start, are lexicographically smallest is returned, so the answer
/// does not depend on the order in which the search happened to run, nor on the backend.
/// </summary>
/// <remarks>
/// Cypher's <c>shortestPath</c> returns an arbitrary shortest path, and <c>allShortestPaths</c> enumerates every
/// one before they could be ordered, which explodes between well-connected nodes; this search costs the
/// relationships within the path's radius, whatever the number of shortest paths.
/// </remarks>
internal sealed class ShortestPathSearch
{
    private readonly IGraphAdjacency _graph;
    private readonly Dictionary<string, List<GraphRelationship>> _adjacency = new(StringComparer.Ordinal);

    private ShortestPathSearch(IGraphAdjacency graph) => _graph = graph;

    public static async Task<Subgraph?> FindAsync(
        IGraphAdjacency graph, string fromId, string toId, int maxHops, CancellationToken cancellationToken)
    {
        var ends = (await graph.GetNodesAsync([fromId, toId], cancellationToken))
            .ToDictionary(n => n.Id, StringComparer.Ordinal);
        if (!ends.TryGetValue(fromId, out var start) || !ends.ContainsKey(toId))
        {
            return null;
        }

        if (fromId == toId)
        {
            return new Subgraph([start], []);
        }

        var search = new ShortestPathSearch(graph);
        var path = await search.SearchAsync(fromId, toId, maxHops, cancellationToken);
        if (path is null)
        {
            return null;
        }

        var nodes = (await graph.GetNodesAsync(path.Value.Nodes, cancellationToken))
            .ToDictionary(n => n.Id, StringComparer.Ordinal);
        return new Subgraph(path.Value.Nodes.Select(id => nodes[id]).ToList(), path.Value.Relationships);
    }

    private async Task<(List<string> Nodes, List<GraphRelationship> Relationships)?> SearchAsync(
        string fromId, string toId, int maxHops, CancellationToken cancellationToken)
    {
        var fromSide = new Dictionary<string, int>(StringComparer.Ordinal) { [fromId] = 0 };
        var toSide = new Dictionary<string, int>(StringComparer.Ordinal) { [toId] = 0 };
        List<string> fromFrontier = [fromId];
        List<string> toFrontier = [toId];
        int fromDepth = 0, toDepth = 0;
        List<string> meeting = [];
        while (meeting.Count == 0)
        {
            if (fromDepth + toDepth >= maxHops)
            {
                return null;
            }

            var expandFrom = fromFrontier.Count <= toFrontier.Count;
            var (distances, frontier, others) = expandFrom
                ? (fromSide, fromFrontier, toSide)
                : (toSide, toFrontier, fromSide);
            var depth = expandFrom ? ++fromDepth : ++toDepth;
            var next = (await NeighboursAsync(frontier, cancellationToken))
                .Where(id => !distances.ContainsKey(id))
                .Distinct(StringComparer.Ordinal)
                .ToList();
            if (next.Count == 0)
            {
                // This side's component is exhausted without meeting the other: there is no path.
                return null;
            }

            foreach (var id in next)
            {
                distances[id] = depth;
            }

            if (expandFrom)
            {
                fromFrontier = next;
            }
            else
            {
                toFrontier = next;
            }

            // Had a shorter path existed, the searches would have touched a level earlier; so every node where
            // they touch now lies fromDepth steps from the start and toDepth steps from the end.
            meeting = next.Where(others.ContainsKey).ToList();
        }

        return await WalkAsync(fromId, fromSide, toSide, fromDepth, fromDepth + toDepth, meeting, cancellationToken);
    }

    /// <summary>Walks from the start, always to the smallest neighbour that still lies on a shortest path.</summary>
    private async Task<(List<string>, List<GraphRelationship>)> WalkAsync(
        string fromId,
        Dictionary<string, int> fromSide,
        Dictionary<string, int> toSide,
        int fromDepth,
        int length,
        List<string> meeting,
        CancellationToken cancellationToken)
    {
        // onPath[i]: the nodes i steps from the start that lead on to a meeting node within fromDepth - i steps.
        var onPath = new HashSet<string>[fromDepth + 1];
        onPath[fromDepth] = new HashSet<string>(meeting, StringComparer.Ordinal);
        for (var i = fromDepth - 1; i >= 0; i--)
        {
            var level = i;
            onPath[i] = (await NeighboursAsync(onPath[i + 1], cancellationToken))
                .Where(id => fromSide.TryGetValue(id, out var d) && d == level)
                .ToHashSet(StringComparer.Ordinal);
        }

        var nodes = new List<string> { fromId };
        var relationships = new List<GraphRelationship>();
        var current = fromId;
        for (var step = 1; step <= length; step++)
        {
            var position = step;
            bool Leads(string id) => position <= fromDepth
                ? onPath[position].Contains(id)
                : toSide.TryGetValue(id, out var d) && d == length - position;

            var from = current;
            await NeighboursAsync([from], cancellationToken);
            var next = _adjacency[from]
                .Select(r => r.StartId == from ? r.EndId : r.StartId)
                .Where(Leads)
                .Min(StringComparer.Ordinal)!;
            relationships.Add(_adjacency[from]
                .Where(r => (r.StartId == from && r.EndId == next) || (r.StartId == next && r.EndId == from))
                .Order(RelationshipOrder.Comparer)
                .First());
            nodes.Add(next);
            current = next;
        }

        return (nodes, relationships);
    }

    /// <summary>The neighbours of the nodes, loading (and keeping) the relationships of those not seen yet.</summary>
    private async Task<IEnumerable<string>> NeighboursAsync(
        IReadOnlyCollection<string> nodeIds, CancellationToken cancellationToken)
    {
        var missing = nodeIds.Where(id => !_adjacency.ContainsKey(id)).ToList();
        if (missing.Count > 0)
        {
            foreach (var id in missing)
            {
                _adjacency[id] = [];
            }

            var wanted = missing.ToHashSet(StringComparer.Ordinal);
            foreach (var relationship in await _graph.TouchingAsync(missing, cancellationToken))
            {
                if (wanted.Contains(relationship.StartId))
                {
                    _adjacency[relationship.StartId].Add(relationship);
                }

                if (wanted.Contains(relationship.EndId))
                {
                    _adjacency[relationship.EndId].Add(relationship);
                }
            }
        }

        return nodeIds.SelectMany(id => _adjacency[id].Select(r => r.StartId == id ? r.EndId : r.StartId));
    }
}
