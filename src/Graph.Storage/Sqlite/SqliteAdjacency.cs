using Graph.Core.Domain;
using Graph.Core.Traversals;
using Graph.Storage.Traversals;
using Microsoft.Data.Sqlite;

namespace Graph.Storage.Sqlite;

/// <summary>
/// The graph's relationships as the tables store them: mentions (paper to term), <c>entities.parent_id</c>
/// (VARIANT_OF), <c>papers.organization_id</c> (PUBLISHED_BY) and <c>paper_authors</c> (AUTHORED_BY). Every
/// branch is answered from an index on the column it matches.
/// </summary>
internal sealed class SqliteAdjacency(SqliteConnection connection) : IGraphAdjacency
{
    private static readonly string MentionType = SqliteNames.MentionTypeExpression("m.kind");

    private static readonly string TouchingSql = $"""
        WITH f (id) AS (SELECT DISTINCT value FROM json_each($ids))
        SELECT {MentionType}, m.paper_id, m.entity_id FROM mentions m WHERE m.paper_id IN f
        UNION SELECT {MentionType}, m.paper_id, m.entity_id FROM mentions m WHERE m.entity_id IN f
        UNION SELECT '{RelationshipType.VariantOf}', e.id, e.parent_id FROM entities e
              WHERE e.id IN f AND e.parent_id IS NOT NULL
        UNION SELECT '{RelationshipType.VariantOf}', e.id, e.parent_id FROM entities e WHERE e.parent_id IN f
        UNION SELECT '{RelationshipType.PublishedBy}', p.id, p.organization_id FROM papers p
              WHERE p.id IN f AND p.organization_id IS NOT NULL
        UNION SELECT '{RelationshipType.PublishedBy}', p.id, p.organization_id FROM papers p
              WHERE p.organization_id IN f
        UNION SELECT '{RelationshipType.AuthoredBy}', pa.paper_id, pa.author_id FROM paper_authors pa
              WHERE pa.paper_id IN f
        UNION SELECT '{RelationshipType.AuthoredBy}', pa.paper_id, pa.author_id FROM paper_authors pa
              WHERE pa.author_id IN f;
        """;

    // One node's neighbours, each branch read in id order from its index and cut at $take, so a term on a
    // benchmark with a hundred thousand papers costs $take rows, not its degree.
    internal const string SmallestNewNeighboursSql = """
        WITH x (id) AS (SELECT value FROM json_each($excluded))
        SELECT id FROM (SELECT entity_id AS id FROM mentions WHERE paper_id = $id AND entity_id NOT IN x
                        ORDER BY entity_id LIMIT $take)
        UNION SELECT id FROM (SELECT paper_id AS id FROM mentions WHERE entity_id = $id AND paper_id NOT IN x
                              ORDER BY paper_id LIMIT $take)
        UNION SELECT id FROM (SELECT parent_id AS id FROM entities WHERE id = $id AND parent_id IS NOT NULL
                              AND parent_id NOT IN x)
        UNION SELECT id FROM (SELECT id FROM entities WHERE parent_id = $id AND id NOT IN x ORDER BY id LIMIT $take)
        UNION SELECT id FROM (SELECT organization_id AS id FROM papers WHERE id = $id AND organization_id IS NOT NULL
                              AND organization_id NOT IN x)
        UNION SELECT id FROM (SELECT id FROM papers WHERE organization_id = $id AND id NOT IN x ORDER BY id LIMIT $take)
        UNION SELECT id FROM (SELECT author_id AS id FROM paper_authors WHERE paper_id = $id AND author_id NOT IN x
                              ORDER BY author_id LIMIT $take)
        UNION SELECT id FROM (SELECT paper_id AS id FROM paper_authors WHERE author_id = $id AND paper_id NOT IN x
                              ORDER BY paper_id LIMIT $take)
        ORDER BY id LIMIT $take;
        """;

    private static readonly string AmongSql = $"""
        WITH f (id) AS (SELECT DISTINCT value FROM json_each($ids))
        SELECT {MentionType}, m.paper_id, m.entity_id FROM mentions m WHERE m.paper_id IN f AND m.entity_id IN f
        UNION SELECT '{RelationshipType.VariantOf}', e.id, e.parent_id FROM entities e
              WHERE e.id IN f AND e.parent_id IN f
        UNION SELECT '{RelationshipType.PublishedBy}', p.id, p.organization_id FROM papers p
              WHERE p.id IN f AND p.organization_id IN f
        UNION SELECT '{RelationshipType.AuthoredBy}', pa.paper_id, pa.author_id FROM paper_authors pa
              WHERE pa.paper_id IN f AND pa.author_id IN f;
        """;

    /// <summary>Every relationship with at least one end among the nodes, each once.</summary>
    public Task<List<GraphRelationship>> TouchingAsync(IReadOnlyCollection<string> nodeIds, CancellationToken cancellationToken) =>
        ReadAsync(TouchingSql, nodeIds, cancellationToken);

    /// <summary>Every relationship with both ends among the nodes, each once.</summary>
    public Task<List<GraphRelationship>> AmongAsync(IReadOnlyCollection<string> nodeIds, CancellationToken cancellationToken) =>
        ReadAsync(AmongSql, nodeIds, cancellationToken);

    public async Task<List<string>> SmallestNewNeighboursAsync(
        IReadOnlyCollection<string> nodeIds, IReadOnlySet<string> excluded, int take, CancellationToken cancellationToken)
    {
        if (nodeIds.Count == 0 || take <= 0)
        {
            return [];
        }

        var found = new SortedSet<string>(StringComparer.Ordinal);
        await using var command = connection.Command(
            SmallestNewNeighboursSql, ("$id", ""), ("$excluded", SqliteCommands.JsonList(excluded)), ("$take", take));
        foreach (var nodeId in nodeIds.Distinct(StringComparer.Ordinal))
        {
            command.Parameters["$id"].Value = nodeId;
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                found.Add(reader.GetString(0));
            }

            // Only the smallest ids can make the cut.
            while (found.Count > take)
            {
                found.Remove(found.Max!);
            }
        }

        return [.. found];
    }

    public Task<IReadOnlyList<GraphNode>> GetNodesAsync(IReadOnlyCollection<string> nodeIds, CancellationToken cancellationToken) =>
        SqliteLookups.GetNodesAsync(connection, nodeIds, cancellationToken);

    private async Task<List<GraphRelationship>> ReadAsync(
        string sql, IReadOnlyCollection<string> nodeIds, CancellationToken cancellationToken)
    {
        if (nodeIds.Count == 0)
        {
            return [];
        }

        await using var command = connection.Command(sql, ("$ids", SqliteCommands.JsonList(nodeIds)));
        return await command.ReadAllAsync(
            r => new GraphRelationship(r.GetString(0), r.GetString(1), r.GetString(2)), cancellationToken);
    }
}
