using Graph.Storage.Sqlite;
using Microsoft.Data.Sqlite;

namespace Graph.Storage.Tests.Sqlite;

/// <summary>Raw access to a store's database file, for tests that look under the port.</summary>
internal static class SqliteTestDatabase
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>A connection of its own, unpooled, so it never holds the file open after the test.</summary>
    public static async Task<SqliteConnection> OpenAsync(string path)
    {
        var connection = new SqliteConnection($"Data Source={path};Pooling=False");
        await connection.OpenAsync(Ct);
        return connection;
    }

    public static async Task ExecuteAsync(SqliteConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync(Ct);
    }

    public static async Task ExecuteAsync(SqliteGraphStore store, string sql)
    {
        await using var connection = await OpenAsync(store.DatabasePath);
        await ExecuteAsync(connection, sql);
    }

    public static async Task<string> ScalarAsync(SqliteGraphStore store, string sql) =>
        (await RowsAsync(store, sql)).Single();

    /// <summary>The detail lines of SQLite's query plan for a statement.</summary>
    public static async Task<List<string>> PlanAsync(
        SqliteGraphStore store, string sql, params (string Name, object Value)[] parameters) =>
        (await RowsAsync(store, "EXPLAIN QUERY PLAN " + sql, parameters)).Select(row => row.Split('|')[^1]).ToList();

    /// <summary>Every row of a query, its columns joined with <c>|</c>.</summary>
    public static async Task<List<string>> RowsAsync(
        SqliteGraphStore store, string sql, params (string Name, object Value)[] parameters)
    {
        await using var connection = await OpenAsync(store.DatabasePath);
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value);
        }

        var rows = new List<string>();
        await using var reader = await command.ExecuteReaderAsync(Ct);
        while (await reader.ReadAsync(Ct))
        {
            rows.Add(string.Join("|", Enumerable.Range(0, reader.FieldCount).Select(i => reader.GetValue(i).ToString())));
        }

        return rows;
    }
}
