using Graph.Core.Domain;
using Graph.Core.Traversals;
using Microsoft.Data.Sqlite;

namespace Graph.Storage.Sqlite;

/// <summary>Lookups by id: papers, terms, nodes of any label, links, paper counts and variants.</summary>
/// <remarks>Each takes its ids as one JSON-array parameter, so a batch of any size is one indexed statement.</remarks>
internal static class SqliteLookups
{
    public static async Task<IReadOnlyList<Paper>> GetPapersAsync(
        SqliteConnection connection, IReadOnlyCollection<string> ids, CancellationToken cancellationToken)
    {
        if (ids.Count == 0)
        {
            return [];
        }

        await using var command = connection.Command(
            $"SELECT {SqliteRows.PaperColumns} FROM papers p WHERE p.id IN (SELECT value FROM json_each($ids)) ORDER BY p.id;",
            ("$ids", SqliteCommands.JsonList(ids)));
        return await command.ReadAllAsync(r => SqliteRows.ReadPaper(r), cancellationToken);
    }

    public static async Task<IReadOnlyList<Entity>> GetEntitiesAsync(
        SqliteConnection connection, IReadOnlyCollection<string> ids, CancellationToken cancellationToken)
    {
        if (ids.Count == 0)
        {
            return [];
        }

        await using var command = connection.Command(
            $"SELECT {SqliteRows.EntityColumns} FROM entities e WHERE e.id IN (SELECT value FROM json_each($ids)) ORDER BY e.id;",
            ("$ids", SqliteCommands.JsonList(ids)));
        return await command.ReadAllAsync(r => SqliteRows.ReadEntity(r), cancellationToken);
    }

    public static async Task<IReadOnlyList<Entity>> GetAllEntitiesAsync(
        SqliteConnection connection, CancellationToken cancellationToken)
    {
        await using var command = connection.Command($"SELECT {SqliteRows.EntityColumns} FROM entities e ORDER BY e.id;");
        return await command.ReadAllAsync(r => SqliteRows.ReadEntity(r), cancellationToken);
    }

    public static async Task<IReadOnlyList<GraphNode>> GetNodesAsync(
        SqliteConnection connection, IReadOnlyCollection<string> ids, CancellationToken cancellationToken)
    {
        if (ids.Count == 0)
        {
            return [];
        }

        await using var command = connection.Command($"""
            WITH wanted (id) AS (SELECT DISTINCT value FROM json_each($ids))
            SELECT p.id, '{SqliteNames.Paper}', p.title FROM papers p WHERE p.id IN wanted
            UNION ALL SELECT e.id, e.kind, e.name FROM entities e WHERE e.id IN wanted
            UNION ALL SELECT o.id, '{SqliteNames.Organization}', o.name FROM organizations o WHERE o.id IN wanted
            UNION ALL SELECT a.id, '{SqliteNames.Author}', a.name FROM authors a WHERE a.id IN wanted
            ORDER BY 1;
            """,
            ("$ids", SqliteCommands.JsonList(ids)));
        return await command.ReadAllAsync(
            r => new GraphNode(r.GetString(0), SqliteNames.ParseLabel(r.GetString(1)), r.GetString(2)),
            cancellationToken);
    }

    public static async Task<Entity?> FindEntityAsync(
        SqliteConnection connection, EntityKind kind, string nameOrAlias, CancellationToken cancellationToken)
    {
        // A canonical-name match beats an alias match; the smallest id breaks any remaining tie.
        await using var command = connection.Command($"""
            SELECT {SqliteRows.EntityColumns}
            FROM entity_names n JOIN entities e ON e.id = n.entity_id
            WHERE n.name_key = $key AND e.kind = $kind
            ORDER BY e.name_sort = $key DESC, e.id
            LIMIT 1;
            """,
            ("$key", nameOrAlias.Trim().ToLowerInvariant()),
            ("$kind", SqliteNames.Kind(kind)));
        var found = await command.ReadAllAsync(r => SqliteRows.ReadEntity(r), cancellationToken);
        return found.Count == 0 ? null : found[0];
    }

    public static async Task<IReadOnlyList<Mention>> GetMentionsAsync(
        SqliteConnection connection,
        IReadOnlyCollection<string> paperIds,
        EntityKind? kind,
        CancellationToken cancellationToken)
    {
        if (paperIds.Count == 0)
        {
            return [];
        }

        await using var command = connection.Command("""
            SELECT m.paper_id, m.entity_id, m.kind, m.curated, ev.field, ev.start_offset, ev.end_offset, ev.text
            FROM mentions m
            LEFT JOIN evidence ev ON ev.paper_id = m.paper_id AND ev.entity_id = m.entity_id
            WHERE m.paper_id IN (SELECT value FROM json_each($ids)) AND ($kind IS NULL OR m.kind = $kind)
            ORDER BY m.paper_id, m.entity_id, ev.ordinal;
            """,
            ("$ids", SqliteCommands.JsonList(paperIds)),
            ("$kind", kind is { } k ? SqliteNames.Kind(k) : null));
        return await ReadMentionsAsync(command, cancellationToken);
    }

    /// <summary>Reads rows of (paper, term, kind, curated, evidence...) ordered by paper and term into mentions.</summary>
    public static async Task<IReadOnlyList<Mention>> ReadMentionsAsync(
        SqliteCommand command, CancellationToken cancellationToken)
    {
        var mentions = new List<Mention>();
        List<Evidence>? evidence = null;
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            var paperId = reader.GetString(0);
            var entityId = reader.GetString(1);
            if (mentions.Count == 0 || mentions[^1].PaperId != paperId || mentions[^1].EntityId != entityId)
            {
                evidence = [];
                mentions.Add(new Mention(
                    paperId, entityId, SqliteNames.ParseKind(reader.GetString(2)), evidence, reader.GetBoolean(3)));
            }

            if (!reader.IsDBNull(4))
            {
                evidence!.Add(new Evidence(
                    SqliteNames.ParseField(reader.GetString(4)),
                    reader.GetInt32(5),
                    reader.GetInt32(6),
                    reader.GetString(7)));
            }
        }

        return mentions;
    }

    public static async Task<IReadOnlyDictionary<string, int>> CountPapersAsync(
        SqliteConnection connection, IReadOnlyCollection<string> entityIds, CancellationToken cancellationToken)
    {
        if (entityIds.Count == 0)
        {
            return new Dictionary<string, int>(StringComparer.Ordinal);
        }

        await using var command = connection.Command(
            "SELECT id, paper_count FROM entities WHERE id IN (SELECT value FROM json_each($ids));",
            ("$ids", SqliteCommands.JsonList(entityIds)));
        var rows = await command.ReadAllAsync(r => (Id: r.GetString(0), Count: r.GetInt32(1)), cancellationToken);
        return rows.ToDictionary(row => row.Id, row => row.Count, StringComparer.Ordinal);
    }

    public static async Task<IReadOnlyList<Entity>> GetVariantsAsync(
        SqliteConnection connection, IReadOnlyCollection<string> parentIds, CancellationToken cancellationToken)
    {
        if (parentIds.Count == 0)
        {
            return [];
        }

        await using var command = connection.Command(
            $"SELECT {SqliteRows.EntityColumns} FROM entities e WHERE e.parent_id IN (SELECT value FROM json_each($ids)) ORDER BY e.id;",
            ("$ids", SqliteCommands.JsonList(parentIds)));
        return await command.ReadAllAsync(r => SqliteRows.ReadEntity(r), cancellationToken);
    }
}
