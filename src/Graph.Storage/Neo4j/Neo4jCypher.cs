using System.Text.RegularExpressions;
using Graph.Storage.Cypher;

namespace Graph.Storage.Neo4j;

/// <summary>
/// Statements from the <see cref="CypherCatalog"/> with their parameters. Templates have placeholders
/// (<c>__LABEL__</c>, <c>__FILTER__</c>, ...) that are filled from fixed lists or compiled fragments; a placeholder
/// left unfilled, or a fill the statement has no placeholder for, fails loudly.
/// </summary>
internal static partial class Neo4jCypher
{
    /// <summary>A statement without placeholders.</summary>
    public static Neo4jStatement Statement(string name, params (string Name, object? Value)[] parameters) =>
        new(name, Fill(name, CypherCatalog.Get(name), []), Parameters(parameters));

    /// <summary>A template with its placeholders filled in.</summary>
    public static Neo4jStatement Template(
        string name,
        IReadOnlyList<(string Placeholder, string Fragment)> fills,
        IReadOnlyDictionary<string, object?> parameters) =>
        new(name, Fill(name, CypherCatalog.Get(name), fills), parameters);

    /// <summary>A template with its placeholders filled in.</summary>
    public static Neo4jStatement Template(
        string name,
        IReadOnlyList<(string Placeholder, string Fragment)> fills,
        params (string Name, object? Value)[] parameters) =>
        Template(name, fills, Parameters(parameters));

    /// <summary>The fills that put a term kind's label and mention type into a statement.</summary>
    public static (string, string)[] KindFills(Graph.Core.Domain.EntityKind kind) =>
        [("__LABEL__", Neo4jGraphModel.Label(kind)), ("__TYPE__", Graph.Core.Domain.RelationshipType.ForMention(kind))];

    /// <summary>Fills placeholders in a statement text.</summary>
    /// <exception cref="InvalidOperationException">A fill has no placeholder, or a placeholder stays unfilled.</exception>
    public static string Fill(string name, string text, IReadOnlyList<(string Placeholder, string Fragment)> fills)
    {
        foreach (var (placeholder, fragment) in fills)
        {
            if (!text.Contains(placeholder, StringComparison.Ordinal))
            {
                throw new InvalidOperationException($"Cypher statement '{name}' has no placeholder {placeholder}.");
            }

            text = text.Replace(placeholder, fragment, StringComparison.Ordinal);
        }

        var left = Placeholder().Match(text);
        return left.Success
            ? throw new InvalidOperationException($"Cypher statement '{name}' still has the placeholder {left.Value}.")
            : text;
    }

    private static Dictionary<string, object?> Parameters((string Name, object? Value)[] parameters) =>
        parameters.ToDictionary(p => p.Name, p => p.Value, StringComparer.Ordinal);

    [GeneratedRegex("__[A-Z]+__")]
    private static partial Regex Placeholder();
}
