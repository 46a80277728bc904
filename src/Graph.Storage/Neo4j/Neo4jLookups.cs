using Graph.Core.Domain;
using Graph.Core.Traversals;
using static Graph.Storage.Neo4j.Neo4jValues;

namespace Graph.Storage.Neo4j;

/// <summary>Lookups by id, each one statement over the whole list of ids through the id constraints.</summary>
internal static class Neo4jLookups
{
    public static async Task<IReadOnlyList<Paper>> GetPapersAsync(
        INeo4jRunner runner, IReadOnlyCollection<string> ids, CancellationToken cancellationToken)
    {
        if (ids.Count == 0)
        {
            return [];
        }

        var result = await runner.RunAsync(Neo4jCypher.Statement("read/papers-by-id", ("ids", Distinct(ids))), cancellationToken);
        return result.Records.Select(r => Neo4jRows.ReadPaper(r["paper"])).ToList();
    }

    public static async Task<IReadOnlyList<Entity>> GetEntitiesAsync(
        INeo4jRunner runner, IReadOnlyCollection<string> ids, CancellationToken cancellationToken)
    {
        if (ids.Count == 0)
        {
            return [];
        }

        var result = await runner.RunAsync(Neo4jCypher.Statement("read/terms-by-id", ("ids", Distinct(ids))), cancellationToken);
        return result.Records.Select(r => Neo4jRows.ReadEntity(r["term"])).ToList();
    }

    public static async Task<IReadOnlyList<Entity>> GetAllEntitiesAsync(INeo4jRunner runner, CancellationToken cancellationToken)
    {
        var result = await runner.RunAsync(Neo4jCypher.Statement("read/all-terms"), cancellationToken);
        return result.Records.Select(r => Neo4jRows.ReadEntity(r["term"])).ToList();
    }

    public static async Task<IReadOnlyList<GraphNode>> GetNodesAsync(
        INeo4jRunner runner, IReadOnlyCollection<string> ids, CancellationToken cancellationToken)
    {
        if (ids.Count == 0)
        {
            return [];
        }

        var result = await runner.RunAsync(Neo4jCypher.Statement("read/nodes-by-id", ("ids", Distinct(ids))), cancellationToken);
        return result.Records
            .Select(r => new GraphNode(String(r["id"]), Neo4jGraphModel.ParseNodeLabel(String(r["label"])), String(r["name"])))
            .ToList();
    }

    public static async Task<Entity?> FindEntityAsync(
        INeo4jRunner runner, EntityKind kind, string nameOrAlias, CancellationToken cancellationToken)
    {
        var statement = Neo4jCypher.Template(
            "read/find-term", [("__LABEL__", Neo4jGraphModel.Label(kind))], ("key", nameOrAlias.Trim().ToLowerInvariant()));
        var result = await runner.RunAsync(statement, cancellationToken);
        return result.Records.Select(r => Neo4jRows.ReadEntity(r["term"])).FirstOrDefault();
    }

    public static async Task<IReadOnlyList<Mention>> GetMentionsAsync(
        INeo4jRunner runner, IReadOnlyCollection<string> paperIds, EntityKind? kind, CancellationToken cancellationToken)
    {
        if (paperIds.Count == 0)
        {
            return [];
        }

        var statement = Neo4jCypher.Statement(
            "read/mentions",
            ("paperIds", Distinct(paperIds)),
            ("type", kind is { } k ? RelationshipType.ForMention(k) : null));
        var result = await runner.RunAsync(statement, cancellationToken);
        return result.Records
            .Select(r => Neo4jRows.ReadMention(String(r["paperId"]), r["mention"], r["source"]))
            .ToList();
    }

    public static async Task<IReadOnlyDictionary<string, int>> CountPapersAsync(
        INeo4jRunner runner, IReadOnlyCollection<string> entityIds, CancellationToken cancellationToken)
    {
        if (entityIds.Count == 0)
        {
            return new Dictionary<string, int>(StringComparer.Ordinal);
        }

        var result = await runner.RunAsync(Neo4jCypher.Statement("read/paper-counts", ("ids", Distinct(entityIds))), cancellationToken);
        return result.Records.ToDictionary(r => String(r["id"]), r => Int(r["papers"]), StringComparer.Ordinal);
    }

    public static async Task<IReadOnlyList<Entity>> GetVariantsAsync(
        INeo4jRunner runner, IReadOnlyCollection<string> parentIds, CancellationToken cancellationToken)
    {
        if (parentIds.Count == 0)
        {
            return [];
        }

        var result = await runner.RunAsync(Neo4jCypher.Statement("read/variants", ("ids", Distinct(parentIds))), cancellationToken);
        return result.Records.Select(r => Neo4jRows.ReadEntity(r["term"])).ToList();
    }

    /// <summary>The ids without duplicates, in order, as the statements expect them.</summary>
    public static string[] Distinct(IEnumerable<string> ids) => ids.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();
}
