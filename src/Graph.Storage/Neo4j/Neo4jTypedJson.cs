using System.Globalization;
using System.Text.Json;

namespace Graph.Storage.Neo4j;

/// <summary>
/// Decodes values of the Query API's typed JSON (<c>application/vnd.neo4j.query</c>): each value is
/// <c>{"$type": "Integer", "_value": "42"}</c>, integers and floats as strings so they keep their precision.
/// </summary>
internal static class Neo4jTypedJson
{
    /// <summary>
    /// The value as .NET: String → string, Integer → long, Float → double, Boolean → bool, Null → null,
    /// Date → DateOnly, OffsetDateTime and ZonedDateTime → DateTimeOffset, LocalDateTime → DateTime,
    /// List → List&lt;object?&gt;, Map → Dictionary&lt;string, object?&gt;; other temporal and spatial types
    /// stay as their text.
    /// </summary>
    /// <exception cref="InvalidDataException">The value is not typed JSON, or is a node, relationship or path.</exception>
    public static object? Decode(JsonElement element)
    {
        if (element.ValueKind != JsonValueKind.Object ||
            !element.TryGetProperty("$type", out var typeElement) ||
            !element.TryGetProperty("_value", out var value))
        {
            throw new InvalidDataException("A value in Neo4j's response is not typed JSON.");
        }

        var type = typeElement.GetString();
        return type switch
        {
            "Null" => null,
            "Boolean" => value.GetBoolean(),
            "String" => value.GetString(),
            "Integer" => value.ValueKind == JsonValueKind.Number
                ? value.GetInt64()
                : long.Parse(value.GetString()!, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture),
            "Float" => value.ValueKind == JsonValueKind.Number ? value.GetDouble() : ParseFloat(value.GetString()!),
            "Date" => DateOnly.ParseExact(value.GetString()!, "yyyy-MM-dd", CultureInfo.InvariantCulture),
            "OffsetDateTime" or "ZonedDateTime" => ParseDateTime(value.GetString()!),
            "LocalDateTime" => DateTime.Parse(value.GetString()!, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind),
            "Time" or "LocalTime" or "Duration" or "Point" or "Base64" => value.GetString(),
            "List" => value.EnumerateArray().Select(Decode).ToList(),
            "Map" => value.EnumerateObject().ToDictionary(p => p.Name, p => Decode(p.Value), StringComparer.Ordinal),
            _ => throw new InvalidDataException($"Neo4j returned a value of type '{type}', which the store does not read."),
        };
    }

    private static double ParseFloat(string text) => text switch
    {
        "NaN" => double.NaN,
        "Infinity" => double.PositiveInfinity,
        "-Infinity" => double.NegativeInfinity,
        _ => double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture),
    };

    /// <summary>ISO-8601 with an offset; a zone id in brackets (<c>[Europe/Paris]</c>) is dropped, the offset kept.</summary>
    private static DateTimeOffset ParseDateTime(string text)
    {
        var bracket = text.IndexOf('[', StringComparison.Ordinal);
        var iso = bracket < 0 ? text : text[..bracket];
        return DateTimeOffset.Parse(iso, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind);
    }
}
