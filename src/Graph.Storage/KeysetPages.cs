using Graph.Core.Querying;

namespace Graph.Storage;

/// <summary>
/// Turns the rows a keyset query fetched into a page, for every backend: the query asks for one row more than the
/// page holds, to know whether there is more, and a backward page is fetched in reverse order.
/// </summary>
internal static class KeysetPages
{
    /// <summary>The page in list order, each edge's cursor encoding its row's sort keys under the ordering's signature.</summary>
    public static Page<T> Build<T>(PageRequest page, string signature, IReadOnlyList<(T Item, object?[] Keys)> rows)
    {
        var more = rows.Count > page.Size;
        var kept = rows.Take(page.Size).ToList();
        if (page.IsBackward)
        {
            kept.Reverse();
        }

        var edges = kept.Select(row => new Edge<T>(row.Item, KeysetCursor.Encode(signature, row.Keys))).ToList();
        return page.IsBackward
            ? new Page<T>(edges, HasNextPage: page.Before is not null, HasPreviousPage: more)
            : new Page<T>(edges, HasNextPage: more, HasPreviousPage: page.After is not null);
    }
}
