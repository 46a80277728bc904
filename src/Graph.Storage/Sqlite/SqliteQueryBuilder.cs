using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text;
using System.Text.Json;
using Microsoft.Data.Sqlite;

namespace Graph.Storage.Sqlite;

/// <summary>
/// Builds one statement: SQL text from fixed fragments, and every caller-supplied value as a numbered parameter.
/// Nothing a caller sends is ever appended to the text.
/// </summary>
internal sealed class SqliteQueryBuilder
{
    private readonly StringBuilder _text = new();
    private readonly List<SqliteParameter> _parameters = [];

    public string Text => _text.ToString();

    public IReadOnlyList<SqliteParameter> Parameters => _parameters;

    public SqliteQueryBuilder Append(string sql)
    {
        _text.Append(sql);
        return this;
    }

    /// <summary>Adds a parameter and returns its name for use in the text.</summary>
    public string Parameter(object? value)
    {
        var name = "$p" + _parameters.Count.ToString(CultureInfo.InvariantCulture);
        _parameters.Add(new SqliteParameter(name, value ?? DBNull.Value));
        return name;
    }

    /// <summary>Adds a parameter under a fixed name that constant SQL fragments refer to.</summary>
    public string Parameter(string name, object? value)
    {
        _parameters.Add(new SqliteParameter(name, value ?? DBNull.Value));
        return name;
    }

    /// <summary>
    /// Adds a list as one JSON-array parameter and returns a subquery over its elements, so a list of any
    /// length is a single bound value: <c>x IN (SELECT value FROM json_each($p0))</c>.
    /// </summary>
    public string ListParameter<T>(IEnumerable<T> values) =>
        $"(SELECT value FROM json_each({Parameter(JsonSerializer.Serialize(values))}))";

    [SuppressMessage(
        "Security", "CA2100:Review SQL queries for security vulnerabilities",
        Justification = "The text holds only fixed fragments; every caller value is a parameter.")]
    public SqliteCommand CreateCommand(SqliteConnection connection)
    {
        var command = connection.CreateCommand();
        command.CommandText = _text.ToString();
        command.Parameters.AddRange(_parameters);
        return command;
    }
}
