using Graph.Core.Domain;
using Graph.Core.Querying;
using static Graph.Storage.Neo4j.Neo4jValues;

namespace Graph.Storage.Neo4j;

/// <summary>Filtered, sorted, keyset-paged lists of papers and terms, and their counts.</summary>
internal static class Neo4jListQueries
{
    public static async Task<Page<Paper>> ListPapersAsync(INeo4jRunner runner, PaperQuery query, CancellationToken cancellationToken)
    {
        var order = query.EffectiveOrder;
        var keyset = new Neo4jKeyset(KeysetCursor.Signature("papers", order), order.Select(PaperKey).ToList(), "p.id", query.Page);
        var cypher = new Neo4jQueryBuilder();
        var filter = query.Where is null ? "true" : Neo4jPaperFilterCompiler.Compile(query.Where, cypher);
        var after = keyset.Condition(cypher);
        cypher.Set("limit", keyset.Limit);
        var statement = Neo4jCypher.Template(
            "read/list-papers",
            [("__FILTER__", filter), ("__AFTER__", after), ("__ORDER__", keyset.OrderBy), ("__KEYS__", keyset.Keys)],
            cypher.Parameters);
        var result = await runner.RunAsync(statement, cancellationToken);
        return keyset.ToPage(result.Records.Select(r => (Neo4jRows.ReadPaper(r["paper"]), keyset.ReadKeys(r["keys"]))).ToList());
    }

    public static async Task<long> CountPapersAsync(INeo4jRunner runner, PaperFilter? where, CancellationToken cancellationToken)
    {
        var cypher = new Neo4jQueryBuilder();
        var filter = where is null ? "true" : Neo4jPaperFilterCompiler.Compile(where, cypher);
        var result = await runner.RunAsync(
            Neo4jCypher.Template("read/count-papers", [("__FILTER__", filter)], cypher.Parameters), cancellationToken);
        return Long(result.Records[0]["count"]);
    }

    public static async Task<Page<Entity>> ListEntitiesAsync(INeo4jRunner runner, EntityQuery query, CancellationToken cancellationToken)
    {
        var order = query.EffectiveOrder;
        var keyset = new Neo4jKeyset(
            KeysetCursor.Signature("entities:" + Neo4jGraphModel.Noun(query.Kind), order),
            order.Select(sort => EntityKey(sort, query.Kind)).ToList(),
            "e.id",
            query.Page);
        var cypher = new Neo4jQueryBuilder();
        var filter = query.Where is null ? "true" : Neo4jPaperFilterCompiler.CompileEntity(query.Where, cypher, "e", query.Kind);
        var after = keyset.Condition(cypher);
        cypher.Set("limit", keyset.Limit);
        var statement = Neo4jCypher.Template(
            "read/list-terms",
            [("__LABEL__", Neo4jGraphModel.Label(query.Kind)), ("__FILTER__", filter), ("__AFTER__", after),
             ("__ORDER__", keyset.OrderBy), ("__KEYS__", keyset.Keys)],
            cypher.Parameters);
        var result = await runner.RunAsync(statement, cancellationToken);
        return keyset.ToPage(result.Records.Select(r => (Neo4jRows.ReadEntity(r["term"]), keyset.ReadKeys(r["keys"]))).ToList());
    }

    public static async Task<long> CountEntitiesAsync(
        INeo4jRunner runner, EntityKind kind, EntityFilter? where, CancellationToken cancellationToken)
    {
        var cypher = new Neo4jQueryBuilder();
        var filter = where is null ? "true" : Neo4jPaperFilterCompiler.CompileEntity(where, cypher, "e", kind);
        var statement = Neo4jCypher.Template(
            "read/count-terms", [("__LABEL__", Neo4jGraphModel.Label(kind)), ("__FILTER__", filter)], cypher.Parameters);
        var result = await runner.RunAsync(statement, cancellationToken);
        return Long(result.Records[0]["count"]);
    }

    private static Neo4jSortKey PaperKey(Sort<PaperSortField> sort) => sort.Field switch
    {
        PaperSortField.PublishedOn => new("p.publishedOn", sort.Direction, Neo4jKeyType.Date, Nullable: true),
        PaperSortField.Upvotes => new("p.upvotes", sort.Direction, Neo4jKeyType.Integer, Nullable: true),
        PaperSortField.AuthorCount => new("p.authorCount", sort.Direction, Neo4jKeyType.Integer, Nullable: true),
        PaperSortField.Title => new("toLower(p.title)", sort.Direction, Neo4jKeyType.Text, Nullable: false),
        _ => throw new ArgumentOutOfRangeException(nameof(sort), sort.Field, "Unknown paper sort field."),
    };

    private static Neo4jSortKey EntityKey(Sort<EntitySortField> sort, EntityKind kind) => sort.Field switch
    {
        EntitySortField.Name => new("toLower(e.name)", sort.Direction, Neo4jKeyType.Text, Nullable: false),
        EntitySortField.PaperCount => new(
            Neo4jPaperFilterCompiler.PaperCount("e", kind), sort.Direction, Neo4jKeyType.Integer, Nullable: false),
        _ => throw new ArgumentOutOfRangeException(nameof(sort), sort.Field, "Unknown term sort field."),
    };
}
