namespace Graph.Api.GraphQL.Inputs;

/// <summary>Reads parsed input-object fields into the Core filter types.</summary>
internal static class InputValues
{
    public static T? Get<T>(IDictionary<string, object?> value, string name)
        where T : class =>
        value.TryGetValue(name, out var item) ? item as T : null;

    public static T? GetStruct<T>(IDictionary<string, object?> value, string name)
        where T : struct =>
        value.TryGetValue(name, out var item) && item is not null ? (T)Convert.ChangeType(item, typeof(T), System.Globalization.CultureInfo.InvariantCulture) : null;

    public static IReadOnlyList<T>? List<T>(IDictionary<string, object?> value, string name) =>
        value.TryGetValue(name, out var item) && item is System.Collections.IEnumerable list and not string
            ? list.Cast<object?>().Where(i => i is not null).Select(i => i is T typed ? typed : (T)Convert.ChangeType(i!, typeof(T), System.Globalization.CultureInfo.InvariantCulture)).ToList()
            : null;
}
