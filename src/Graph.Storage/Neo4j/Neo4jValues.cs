using System.Globalization;

namespace Graph.Storage.Neo4j;

/// <summary>Reads decoded values (see <see cref="Neo4jTypedJson"/>) as the types the domain needs.</summary>
internal static class Neo4jValues
{
    public static string String(object? value) =>
        value as string ?? throw Unexpected("a string", value);

    public static string? NullableString(object? value) => value is null ? null : String(value);

    public static long Long(object? value) => value switch
    {
        long number => number,
        int number => number,
        double number when number == Math.Floor(number) && Math.Abs(number) < 9e15 => (long)number,
        _ => throw Unexpected("an integer", value),
    };

    public static int Int(object? value) => checked((int)Long(value));

    public static int? NullableInt(object? value) => value is null ? null : Int(value);

    public static double Double(object? value) => value switch
    {
        double number => number,
        long number => number,
        int number => number,
        _ => throw Unexpected("a number", value),
    };

    public static bool Bool(object? value) => value as bool? ?? throw Unexpected("a boolean", value);

    public static DateOnly? NullableDate(object? value) => value switch
    {
        null => null,
        DateOnly date => date,
        string text => DateOnly.ParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture),
        _ => throw Unexpected("a date", value),
    };

    public static DateTimeOffset DateTime(object? value) => value switch
    {
        DateTimeOffset moment => moment,
        System.DateTime local => new DateTimeOffset(System.DateTime.SpecifyKind(local, DateTimeKind.Utc)),
        _ => throw Unexpected("a date and time", value),
    };

    /// <summary>A list; a missing (null) list reads as empty.</summary>
    public static IReadOnlyList<object?> List(object? value) => value switch
    {
        null => [],
        IReadOnlyList<object?> list => list,
        _ => throw Unexpected("a list", value),
    };

    public static IReadOnlyList<string> StringList(object? value) => List(value).Select(String).ToList();

    public static IReadOnlyDictionary<string, object?> Map(object? value) =>
        value as IReadOnlyDictionary<string, object?> ?? throw Unexpected("a map", value);

    /// <summary>A map entry, null when the map has no such key (a property that is not set).</summary>
    public static object? Get(this IReadOnlyDictionary<string, object?> map, string key) =>
        map.TryGetValue(key, out var value) ? value : null;

    /// <summary>A cursor key value: text and integers as they are, dates as ISO text.</summary>
    public static object? CursorValue(object? value) => value switch
    {
        null => null,
        string text => text,
        long or int => Long(value),
        DateOnly date => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        _ => throw Unexpected("a sort key", value),
    };

    private static InvalidDataException Unexpected(string wanted, object? value) =>
        new($"Neo4j returned {(value is null ? "null" : value.GetType().Name)} where the store reads {wanted}.");
}
