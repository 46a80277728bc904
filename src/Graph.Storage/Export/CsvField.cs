using System.Globalization;

namespace Graph.Storage.Export;

/// <summary>RFC 4180 fields as neo4j-admin reads them: quoted when needed, quotes doubled.</summary>
internal static class CsvField
{
    /// <summary>The array delimiter passed to neo4j-admin; names and aliases never contain it.</summary>
    public const char ArrayDelimiter = ';';

    public static string Of(string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return string.Empty;
        }

        var needsQuotes = value.AsSpan().IndexOfAny(",\"\n\r") >= 0;
        return needsQuotes ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;
    }

    public static string Of(int? value) => value?.ToString(CultureInfo.InvariantCulture) ?? string.Empty;

    public static string Array(IEnumerable<string> values) => Of(string.Join(ArrayDelimiter, values));

    public static string Line(params string[] fields) => string.Join(',', fields);
}
