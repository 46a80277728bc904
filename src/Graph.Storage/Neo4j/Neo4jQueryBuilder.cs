using System.Globalization;

namespace Graph.Storage.Neo4j;

/// <summary>
/// Collects the parameters of a statement compiled from fixed fragments: every value a caller gave becomes a
/// numbered parameter (<c>$p0</c>, <c>$p1</c>, ...), so nothing a caller sends is ever part of the Cypher text.
/// </summary>
internal sealed class Neo4jQueryBuilder
{
    private readonly Dictionary<string, object?> _parameters = new(StringComparer.Ordinal);
    private int _next;

    public IReadOnlyDictionary<string, object?> Parameters => _parameters;

    /// <summary>Adds a value and returns the parameter that refers to it (<c>$p0</c>).</summary>
    public string Parameter(object? value)
    {
        var name = "p" + _next++.ToString(CultureInfo.InvariantCulture);
        _parameters[name] = value;
        return "$" + name;
    }

    /// <summary>Adds a date, sent as ISO text and turned into a Cypher date by the fragment: <c>date($p0)</c>.</summary>
    public string Date(DateOnly date) => $"date({Parameter(date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture))})";

    /// <summary>Sets a parameter with a fixed name that the statement's constant text refers to (<c>$limit</c>).</summary>
    public void Set(string name, object? value) => _parameters[name] = value;
}
