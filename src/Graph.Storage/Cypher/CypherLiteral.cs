using System.Globalization;
using System.Text;

namespace Graph.Storage.Cypher;

/// <summary>
/// Cypher literals for scripts that run without parameters (exports for cypher-shell): strings are quoted and
/// escaped, so no value can end the literal early.
/// </summary>
public static class CypherLiteral
{
    /// <summary>A value as a Cypher literal: null, numbers, strings, lists and maps (string keys).</summary>
    public static string Of(object? value) => value switch
    {
        null => "null",
        string text => Quote(text),
        int or long => Convert.ToString(value, CultureInfo.InvariantCulture)!,
        double number => number.ToString("R", CultureInfo.InvariantCulture),
        bool flag => flag ? "true" : "false",
        IReadOnlyDictionary<string, object?> map => "{" + string.Join(", ", map.Select(p => Key(p.Key) + ": " + Of(p.Value))) + "}",
        System.Collections.IEnumerable list => "[" + string.Join(", ", list.Cast<object?>().Select(Of)) + "]",
        _ => throw new ArgumentException($"No Cypher literal for {value.GetType().Name}.", nameof(value)),
    };

    /// <summary>A single-quoted string with backslash escapes.</summary>
    public static string Quote(string text)
    {
        var builder = new StringBuilder(text.Length + 2).Append('\'');
        foreach (var c in text)
        {
            builder.Append(c switch
            {
                '\\' => "\\\\",
                '\'' => "\\'",
                '\n' => "\\n",
                '\r' => "\\r",
                '\t' => "\\t",
                _ when char.IsControl(c) => "\\u" + ((int)c).ToString("x4", CultureInfo.InvariantCulture),
                _ => c.ToString(),
            });
        }

        return builder.Append('\'').ToString();
    }

    private static string Key(string key) =>
        key.All(c => char.IsAsciiLetterOrDigit(c) || c == '_') ? key : "`" + key.Replace("`", "``", StringComparison.Ordinal) + "`";
}
