using System.Buffers.Text;
using System.Text;
using System.Text.Json;

namespace Graph.Core.Querying;

/// <summary>
/// Opaque keyset cursors: the sort-key values of an item plus its id, tagged with the ordering they belong to,
/// so a cursor from another ordering is refused instead of silently skipping rows.
/// </summary>
/// <remarks>Values are strings, 64-bit integers or null; backends encode dates as ISO strings.</remarks>
public static class KeysetCursor
{
    /// <summary>Encodes the key values of an item under an ordering signature.</summary>
    public static string Encode(string ordering, IReadOnlyList<object?> keys)
    {
        var payload = new object?[keys.Count + 1];
        payload[0] = ordering;
        for (var i = 0; i < keys.Count; i++)
        {
            payload[i + 1] = keys[i];
        }

        return Base64Url.EncodeToString(JsonSerializer.SerializeToUtf8Bytes(payload));
    }

    /// <summary>Decodes a cursor made by <see cref="Encode"/> for the same ordering and number of keys.</summary>
    /// <exception cref="GraphQueryException">The cursor is malformed or belongs to another ordering.</exception>
    public static IReadOnlyList<object?> Decode(string cursor, string ordering, int keyCount)
    {
        JsonElement[] items;
        try
        {
            items = JsonSerializer.Deserialize<JsonElement[]>(Base64Url.DecodeFromChars(cursor)) ?? [];
        }
        catch (Exception e) when (e is FormatException or JsonException)
        {
            throw Invalid();
        }

        if (items.Length != keyCount + 1 || items[0].ValueKind != JsonValueKind.String ||
            items[0].GetString() != ordering)
        {
            throw Invalid();
        }

        return items.Skip(1).Select(ToValue).ToArray();
    }

    private static object? ToValue(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Null => null,
        JsonValueKind.String => element.GetString(),
        JsonValueKind.Number when element.TryGetInt64(out var n) => n,
        JsonValueKind.Number => element.GetDouble(),
        _ => throw Invalid(),
    };

    private static GraphQueryException Invalid() => new(
        ErrorCodes.InvalidCursor,
        "The cursor is not valid for this list and ordering; start again from the first page.");

    /// <summary>A short signature of an ordering, e.g. <c>papers:PublishedOn-Desc,Title-Asc</c>.</summary>
    public static string Signature<TField>(string list, IEnumerable<Sort<TField>> order)
        where TField : struct, Enum
    {
        var builder = new StringBuilder(list).Append(':');
        foreach (var sort in order)
        {
            builder.Append(sort.Field).Append('-').Append(sort.Direction).Append(',');
        }

        return builder.ToString();
    }
}
