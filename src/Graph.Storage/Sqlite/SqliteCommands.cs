using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text.Json;
using Microsoft.Data.Sqlite;

namespace Graph.Storage.Sqlite;

/// <summary>Small helpers for fixed statements and for reading nullable columns.</summary>
internal static class SqliteCommands
{
    /// <summary>A command for a fixed statement on the connection (and its open transaction, if any).</summary>
    [SuppressMessage(
        "Security", "CA2100:Review SQL queries for security vulnerabilities",
        Justification = "Callers pass constant statements; values travel as parameters.")]
    public static SqliteCommand Command(this SqliteConnection connection, string sql, params (string Name, object? Value)[] parameters)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value ?? DBNull.Value);
        }

        return command;
    }

    /// <summary>Sets the value of a parameter the command already has, for statements run once per row.</summary>
    public static void Set(this SqliteCommand command, string name, object? value) =>
        command.Parameters[name].Value = value ?? DBNull.Value;

    /// <summary>A JSON array of the values, for statements that take a list as one parameter.</summary>
    public static string JsonList<T>(IEnumerable<T> values) => JsonSerializer.Serialize(values);

    public static string? GetNullableString(this SqliteDataReader reader, int ordinal) =>
        reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);

    public static int? GetNullableInt32(this SqliteDataReader reader, int ordinal) =>
        reader.IsDBNull(ordinal) ? null : reader.GetInt32(ordinal);

    public static DateOnly? GetNullableDate(this SqliteDataReader reader, int ordinal) =>
        reader.IsDBNull(ordinal) ? null : ParseDate(reader.GetString(ordinal));

    /// <summary>Dates are stored as ISO <c>yyyy-MM-dd</c> text, which sorts like the dates themselves.</summary>
    public static string FormatDate(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static DateOnly ParseDate(string text) =>
        DateOnly.ParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>Runs a command that returns one integer (counts, flags).</summary>
    public static async Task<long> ScalarInt64Async(this SqliteCommand command, CancellationToken cancellationToken)
    {
        var value = await command.ExecuteScalarAsync(cancellationToken);
        return value is null or DBNull ? 0 : Convert.ToInt64(value, CultureInfo.InvariantCulture);
    }
}
