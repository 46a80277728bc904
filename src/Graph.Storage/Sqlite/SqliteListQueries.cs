using Graph.Core.Domain;
using Graph.Core.Querying;
using Microsoft.Data.Sqlite;

namespace Graph.Storage.Sqlite;

/// <summary>Filtered, sorted, keyset-paged lists of papers and terms, and their counts.</summary>
internal static class SqliteListQueries
{
    public static async Task<Page<Paper>> ListPapersAsync(
        SqliteConnection connection, PaperQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        var order = query.EffectiveOrder;
        var keyset = new SqliteKeyset(
            KeysetCursor.Signature("papers", order), order.Select(PaperKey).ToList(), "p.id", query.Page);

        var sql = new SqliteQueryBuilder();
        sql.Append($"SELECT {SqliteRows.PaperColumns}, {keyset.KeyColumns} FROM papers p WHERE ");
        sql.Append(query.Where is null ? "1" : SqlitePaperFilterCompiler.Compile(query.Where, sql));
        keyset.AppendCondition(sql);
        sql.Append(keyset.OrderBy).Append(" LIMIT ").Append(sql.Parameter(keyset.Limit)).Append(";");

        await using var command = sql.CreateCommand(connection);
        var rows = await command.ReadAllAsync(
            r => (SqliteRows.ReadPaper(r), keyset.ReadKeys(r, SqliteRows.PaperColumnCount)), cancellationToken);
        return keyset.ToPage(rows);
    }

    public static async Task<long> CountPapersAsync(
        SqliteConnection connection, PaperFilter? where, CancellationToken cancellationToken)
    {
        var sql = new SqliteQueryBuilder();
        sql.Append("SELECT count(*) FROM papers p WHERE ");
        sql.Append(where is null ? "1" : SqlitePaperFilterCompiler.Compile(where, sql, forCount: true)).Append(";");
        await using var command = sql.CreateCommand(connection);
        return await command.ScalarInt64Async(cancellationToken);
    }

    public static async Task<Page<Entity>> ListEntitiesAsync(
        SqliteConnection connection, EntityQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        var order = query.EffectiveOrder;
        var keyset = new SqliteKeyset(
            KeysetCursor.Signature("entities:" + SqliteNames.Kind(query.Kind), order),
            order.Select(EntityKey).ToList(),
            "e.id",
            query.Page);

        var sql = new SqliteQueryBuilder();
        sql.Append($"SELECT {SqliteRows.EntityColumns}, {keyset.KeyColumns} FROM entities e WHERE e.kind = ");
        sql.Append(sql.Parameter(SqliteNames.Kind(query.Kind))).Append(" AND ");
        sql.Append(query.Where is null ? "1" : SqlitePaperFilterCompiler.CompileEntity(query.Where, sql, "e"));
        keyset.AppendCondition(sql);
        sql.Append(keyset.OrderBy).Append(" LIMIT ").Append(sql.Parameter(keyset.Limit)).Append(";");

        await using var command = sql.CreateCommand(connection);
        var rows = await command.ReadAllAsync(
            r => (SqliteRows.ReadEntity(r), keyset.ReadKeys(r, SqliteRows.EntityColumnCount)), cancellationToken);
        return keyset.ToPage(rows);
    }

    public static async Task<long> CountEntitiesAsync(
        SqliteConnection connection, EntityKind kind, EntityFilter? where, CancellationToken cancellationToken)
    {
        var sql = new SqliteQueryBuilder();
        sql.Append("SELECT count(*) FROM entities e WHERE e.kind = ").Append(sql.Parameter(SqliteNames.Kind(kind)));
        sql.Append(" AND ").Append(where is null ? "1" : SqlitePaperFilterCompiler.CompileEntity(where, sql, "e"));
        sql.Append(";");
        await using var command = sql.CreateCommand(connection);
        return await command.ScalarInt64Async(cancellationToken);
    }

    private static SqliteSortKey PaperKey(Sort<PaperSortField> sort) => sort.Field switch
    {
        PaperSortField.PublishedOn => new("p.published_on", sort.Direction, IsText: true, Nullable: true),
        PaperSortField.Upvotes => new("p.upvotes", sort.Direction, IsText: false, Nullable: true),
        PaperSortField.AuthorCount => new("p.author_count", sort.Direction, IsText: false, Nullable: true),
        PaperSortField.Title => new("p.title_sort", sort.Direction, IsText: true, Nullable: false),
        _ => throw new ArgumentOutOfRangeException(nameof(sort), sort.Field, "Unknown paper sort field."),
    };

    private static SqliteSortKey EntityKey(Sort<EntitySortField> sort) => sort.Field switch
    {
        EntitySortField.Name => new("e.name_sort", sort.Direction, IsText: true, Nullable: false),
        EntitySortField.PaperCount => new("e.paper_count", sort.Direction, IsText: false, Nullable: false),
        _ => throw new ArgumentOutOfRangeException(nameof(sort), sort.Field, "Unknown term sort field."),
    };
}
