using Graph.Core.Traversals;
using Microsoft.Data.Sqlite;

namespace Graph.Storage.Sqlite;

/// <summary>
/// Breadth-first neighbourhood: one statement per level over the current frontier, nearest nodes first and,
/// within a level, the smallest ids first, until the depth or the node limit is reached.
/// </summary>
internal static class SqliteNeighbourhood
{
    public static async Task<Subgraph> FindAsync(
        SqliteConnection connection, string nodeId, int depth, int limit, CancellationToken cancellationToken)
    {
        var start = await SqliteLookups.GetNodesAsync(connection, [nodeId], cancellationToken);
        if (start.Count == 0)
        {
            return new Subgraph([], []);
        }

        var order = new List<string> { nodeId };
        var seen = new HashSet<string>(StringComparer.Ordinal) { nodeId };
        var frontier = new List<string> { nodeId };
        for (var level = 1; level <= depth && frontier.Count > 0 && order.Count < limit; level++)
        {
            var touching = await SqliteAdjacency.TouchingAsync(connection, frontier, cancellationToken);
            frontier = touching
                .SelectMany(r => new[] { r.StartId, r.EndId })
                .Where(id => !seen.Contains(id))
                .Distinct(StringComparer.Ordinal)
                .Order(StringComparer.Ordinal)
                .Take(limit - order.Count)
                .ToList();
            order.AddRange(frontier);
            seen.UnionWith(frontier);
        }

        var nodes = (await SqliteLookups.GetNodesAsync(connection, order, cancellationToken))
            .ToDictionary(n => n.Id, StringComparer.Ordinal);
        var relationships = await SqliteAdjacency.AmongAsync(connection, order, cancellationToken);
        relationships.Sort(SqliteAdjacency.Compare);
        return new Subgraph(order.Where(nodes.ContainsKey).Select(id => nodes[id]).ToList(), relationships);
    }
}
