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
