using Graph.Core.Traversals;
using static Graph.Storage.Neo4j.Neo4jValues;

namespace Graph.Storage.Neo4j;

/// <summary>
/// The relationships of the graph around a set of nodes, in either direction: those touching any of them
/// (<c>read/relationships-touching</c>) or those among them (<c>read/relationships-among</c>). Only the graph's
/// relationship types are followed, never the bookkeeping ones (candidates, the audit trail).
/// </summary>
internal static class Neo4jAdjacency
{
    /// <summary>Every relationship with at least one end among the nodes, each once.</summary>
    public static Task<List<GraphRelationship>> TouchingAsync(
        INeo4jRunner runner, IReadOnlyCollection<string> nodeIds, CancellationToken cancellationToken) =>
        ReadAsync(runner, "read/relationships-touching", nodeIds, cancellationToken);

    /// <summary>Every relationship with both ends among the nodes, each once.</summary>
    public static Task<List<GraphRelationship>> AmongAsync(
        INeo4jRunner runner, IReadOnlyCollection<string> nodeIds, CancellationToken cancellationToken) =>
        ReadAsync(runner, "read/relationships-among", nodeIds, cancellationToken);

    /// <summary>The deterministic order relationships are listed in: by start, end, then type.</summary>
    public static int Compare(GraphRelationship? x, GraphRelationship? y)
    {
        if (ReferenceEquals(x, y))
        {
            return 0;
        }

        if (x is null || y is null)
        {
            return x is null ? -1 : 1;
        }

        var byStart = string.CompareOrdinal(x.StartId, y.StartId);
        if (byStart != 0)
        {
            return byStart;
        }

        var byEnd = string.CompareOrdinal(x.EndId, y.EndId);
        return byEnd != 0 ? byEnd : string.CompareOrdinal(x.Type, y.Type);
    }

    private static async Task<List<GraphRelationship>> ReadAsync(
        INeo4jRunner runner, string name, IReadOnlyCollection<string> nodeIds, CancellationToken cancellationToken)
    {
        if (nodeIds.Count == 0)
        {
            return [];
        }

        var result = await runner.RunAsync(Neo4jCypher.Statement(name, ("ids", Neo4jLookups.Distinct(nodeIds))), cancellationToken);
        return result.Records
            .Select(r => new GraphRelationship(String(r["type"]), String(r["startId"]), String(r["endId"])))
            .ToList();
    }
}
