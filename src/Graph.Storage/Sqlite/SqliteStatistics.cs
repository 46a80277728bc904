using Graph.Core.Domain;
using Graph.Core.Storage;
using Microsoft.Data.Sqlite;

namespace Graph.Storage.Sqlite;

/// <summary>
/// Node counts by label and relationship counts by type, every label and type present. Links are counted from the
/// terms' stored paper counts (a term links a paper at most once, and only as its own kind), which every write keeps
/// exact: counting the links themselves reads millions of rows at a million papers.
/// </summary>
internal static class SqliteStatistics
{
    private static readonly string StatsSql = $"""
        SELECT 'node', '{SqliteNames.Paper}', count(*) FROM papers
        UNION ALL SELECT 'node', kind, count(*) FROM entities GROUP BY kind
        UNION ALL SELECT 'node', '{SqliteNames.Organization}', count(*) FROM organizations
        UNION ALL SELECT 'node', '{SqliteNames.Author}', count(*) FROM authors
        UNION ALL SELECT 'relationship', {SqliteNames.MentionTypeExpression("kind")}, sum(paper_count) FROM entities GROUP BY kind
        UNION ALL SELECT 'relationship', '{RelationshipType.VariantOf}', count(*) FROM entities WHERE parent_id IS NOT NULL
        UNION ALL SELECT 'relationship', '{RelationshipType.PublishedBy}', count(*) FROM papers
                  WHERE organization_id IS NOT NULL
        UNION ALL SELECT 'relationship', '{RelationshipType.AuthoredBy}', count(*)
                  FROM (SELECT DISTINCT paper_id, author_id FROM paper_authors);
        """;

    public static async Task<GraphStats> GetAsync(SqliteConnection connection, CancellationToken cancellationToken)
    {
        var nodes = Enum.GetValues<NodeLabel>().ToDictionary(label => label.ToString(), _ => 0L, StringComparer.Ordinal);
        var relationships = RelationshipType.All.ToDictionary(type => type, _ => 0L, StringComparer.Ordinal);
        await using var command = connection.Command(StatsSql);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            if (reader.GetString(0) == "node")
            {
                nodes[SqliteNames.ParseLabel(reader.GetString(1)).ToString()] = reader.GetInt64(2);
            }
            else
            {
                relationships[reader.GetString(1)] = reader.GetInt64(2);
            }
        }

        return new GraphStats(nodes, relationships);
    }
}
