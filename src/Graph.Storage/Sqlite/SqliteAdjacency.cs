using Graph.Core.Domain;
using Graph.Core.Traversals;
using Microsoft.Data.Sqlite;

namespace Graph.Storage.Sqlite;

/// <summary>
/// The graph's relationships as the tables store them: mentions (paper to term), <c>entities.parent_id</c>
/// (VARIANT_OF), <c>papers.organization_id</c> (PUBLISHED_BY) and <c>paper_authors</c> (AUTHORED_BY). Every
/// branch is answered from an index on the column it matches.
/// </summary>
internal static class SqliteAdjacency
{
    private static readonly string _mentionType = SqliteNames.MentionTypeExpression("m.kind");

    private static readonly string _touchingSql = $"""
        WITH f (id) AS (SELECT DISTINCT value FROM json_each($ids))
        SELECT {_mentionType}, m.paper_id, m.entity_id FROM mentions m WHERE m.paper_id IN f
        UNION SELECT {_mentionType}, m.paper_id, m.entity_id FROM mentions m WHERE m.entity_id IN f
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

    private static readonly string _amongSql = $"""
        WITH f (id) AS (SELECT DISTINCT value FROM json_each($ids))
        SELECT {_mentionType}, m.paper_id, m.entity_id FROM mentions m WHERE m.paper_id IN f AND m.entity_id IN f
        UNION SELECT '{RelationshipType.VariantOf}', e.id, e.parent_id FROM entities e
              WHERE e.id IN f AND e.parent_id IN f
        UNION SELECT '{RelationshipType.PublishedBy}', p.id, p.organization_id FROM papers p
              WHERE p.id IN f AND p.organization_id IN f
        UNION SELECT '{RelationshipType.AuthoredBy}', pa.paper_id, pa.author_id FROM paper_authors pa
              WHERE pa.paper_id IN f AND pa.author_id IN f;
        """;

    /// <summary>Every relationship with at least one end among the nodes, each once.</summary>
    public static Task<List<GraphRelationship>> TouchingAsync(
        SqliteConnection connection, IReadOnlyCollection<string> nodeIds, CancellationToken cancellationToken) =>
        ReadAsync(connection, _touchingSql, nodeIds, cancellationToken);

    /// <summary>Every relationship with both ends among the nodes, each once.</summary>
    public static Task<List<GraphRelationship>> AmongAsync(
        SqliteConnection connection, IReadOnlyCollection<string> nodeIds, CancellationToken cancellationToken) =>
        ReadAsync(connection, _amongSql, nodeIds, cancellationToken);

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
        SqliteConnection connection, string sql, IReadOnlyCollection<string> nodeIds, CancellationToken cancellationToken)
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
