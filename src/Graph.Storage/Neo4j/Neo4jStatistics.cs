using Graph.Core.Domain;
using Graph.Core.Storage;
using static Graph.Storage.Neo4j.Neo4jValues;

namespace Graph.Storage.Neo4j;

/// <summary>Node counts by label and relationship counts by type, every label and type present, from the count store.</summary>
internal static class Neo4jStatistics
{
    public static async Task<GraphStats> GetAsync(INeo4jRunner runner, CancellationToken cancellationToken)
    {
        var nodes = Enum.GetNames<NodeLabel>().ToDictionary(label => label, _ => 0L, StringComparer.Ordinal);
        var relationships = RelationshipType.All.ToDictionary(type => type, _ => 0L, StringComparer.Ordinal);
        foreach (var record in (await runner.RunAsync(Neo4jCypher.Statement("read/stats-nodes"), cancellationToken)).Records)
        {
            nodes[String(record["name"])] = Long(record["count"]);
        }

        foreach (var record in (await runner.RunAsync(Neo4jCypher.Statement("read/stats-relationships"), cancellationToken)).Records)
        {
            relationships[String(record["name"])] = Long(record["count"]);
        }

        return new GraphStats(nodes, relationships);
    }
}
