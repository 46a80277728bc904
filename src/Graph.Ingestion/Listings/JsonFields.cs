using System.Globalization;
using System.Text.Json;

namespace Graph.Ingestion.Listings;

/// <summary>Typed reads of optional JSON properties that fail with a located, readable error.</summary>
internal readonly record struct JsonFields(JsonElement Element, string Source, int Line)
{
    public string? String(string name)
    {
        if (!Element.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        return value.ValueKind == JsonValueKind.String ? value.GetString() : throw Wrong(name, "a string");
    }

    public string RequiredString(string name)
    {
        var value = String(name);
        return !string.IsNullOrWhiteSpace(value) ? value.Trim() : throw Error($"'{name}' is missing or empty.");
    }

    public int? Int(string name)
    {
        if (!Element.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        return value.ValueKind == JsonValueKind.Number && value.TryGetInt32(out var number) && number >= 0
            ? number
            : throw Wrong(name, "a non-negative integer");
    }

    /// <summary>A date given as <c>yyyy-MM-dd</c> or as an ISO timestamp (its UTC date is taken).</summary>
    public DateOnly? Date(string name)
    {
        var text = String(name);
        if (text is null)
        {
            return null;
        }

        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        return DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var stamp)
            ? DateOnly.FromDateTime(stamp.UtcDateTime)
            : throw Wrong(name, "a date such as 2024-06-30");
    }

    public IReadOnlyList<string> Strings(string name, string? objectKey = null)
    {
        if (!Element.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return [];
        }

        if (value.ValueKind != JsonValueKind.Array)
        {
            throw Wrong(name, "an array");
        }

        var items = new List<string>();
        foreach (var item in value.EnumerateArray())
        {
            var text = objectKey is not null && item.ValueKind == JsonValueKind.Object
                ? new JsonFields(item, Source, Line).String(objectKey)
                : item.ValueKind == JsonValueKind.String ? item.GetString() : throw Wrong(name, "an array of names");
            if (!string.IsNullOrWhiteSpace(text))
            {
                items.Add(text.Trim());
            }
        }

        return items;
    }

    public JsonFields? Object(string name) =>
        Element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Object
            ? new JsonFields(value, Source, Line)
            : null;

    public ListingFormatException Error(string problem) => new(Source, Line, problem);

    private ListingFormatException Wrong(string name, string expected) => Error($"'{name}' must be {expected}.");
}
