using Graph.Core.Traversals;
using Graph.Storage.Traversals;
using static Graph.Storage.Neo4j.Neo4jValues;

namespace Graph.Storage.Neo4j;

/// <summary>
/// The relationships of the graph around a set of nodes, in either direction: those touching any of them
/// (<c>read/relationships-touching</c>) or those among them (<c>read/relationships-among</c>). Only the graph's
/// relationship types are followed, never the bookkeeping ones (candidates, the audit trail).
/// </summary>
internal sealed class Neo4jAdjacency(INeo4jRunner runner) : IGraphAdjacency
{
    /// <summary>Every relationship with at least one end among the nodes, each once.</summary>
    public Task<List<GraphRelationship>> TouchingAsync(IReadOnlyCollection<string> nodeIds, CancellationToken cancellationToken) =>
        ReadAsync("read/relationships-touching", nodeIds, cancellationToken);

    /// <summary>Every relationship with both ends among the nodes, each once.</summary>
    public Task<List<GraphRelationship>> AmongAsync(IReadOnlyCollection<string> nodeIds, CancellationToken cancellationToken) =>
        ReadAsync("read/relationships-among", nodeIds, cancellationToken);

    public async Task<List<string>> SmallestNewNeighboursAsync(
        IReadOnlyCollection<string> nodeIds, IReadOnlySet<string> excluded, int take, CancellationToken cancellationToken) =>
        (await TouchingAsync(nodeIds, cancellationToken))
            .SelectMany(r => new[] { r.StartId, r.EndId })
            .Where(id => !excluded.Contains(id))
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal)
            .Take(take)
            .ToList();

    public Task<IReadOnlyList<GraphNode>> GetNodesAsync(IReadOnlyCollection<string> nodeIds, CancellationToken cancellationToken) =>
        Neo4jLookups.GetNodesAsync(runner, nodeIds, cancellationToken);

    private async Task<List<GraphRelationship>> ReadAsync(
        string name, IReadOnlyCollection<string> nodeIds, CancellationToken cancellationToken)
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
