namespace Graph.Core.Querying;

/// <summary>One item of a page with the opaque cursor that points at it.</summary>
public sealed record Edge<T>(T Node, string Cursor);

/// <summary>A page of a cursor-paged list, in list order whichever direction it was fetched in.</summary>
public sealed record Page<T>(IReadOnlyList<Edge<T>> Edges, bool HasNextPage, bool HasPreviousPage)
{
    /// <summary>The cursor of the first item, if any.</summary>
    public string? StartCursor => Edges.Count == 0 ? null : Edges[0].Cursor;

    /// <summary>The cursor of the last item, if any.</summary>
    public string? EndCursor => Edges.Count == 0 ? null : Edges[^1].Cursor;
}
