namespace Graph.Core.Querying;

/// <summary>Relay-style cursor paging: <c>first</c>/<c>after</c> forwards or <c>last</c>/<c>before</c> backwards.</summary>
public sealed record PageRequest(int? First = null, string? After = null, int? Last = null, string? Before = null)
{
    /// <summary>The page size used when the caller gives neither <c>first</c> nor <c>last</c>.</summary>
    public const int DefaultSize = 20;

    /// <summary>The largest page any list returns.</summary>
    public const int MaxSize = 100;

    /// <summary>True when paging backwards.</summary>
    public bool IsBackward => Last is not null || (Before is not null && First is null);

    /// <summary>The number of items to return.</summary>
    public int Size => First ?? Last ?? DefaultSize;

    /// <summary>The first page of the given size.</summary>
    public static PageRequest FirstPage(int size) => new(First: size);

    /// <summary>Rejects negative sizes, sizes over <paramref name="maxSize"/> and mixed directions.</summary>
    /// <exception cref="GraphQueryException">The request is not valid.</exception>
    public PageRequest Validate(int maxSize = MaxSize)
    {
        if (First is < 0 || Last is < 0)
        {
            throw new GraphQueryException(ErrorCodes.InvalidPaging, "'first' and 'last' must not be negative.");
        }

        if (First is not null && Last is not null)
        {
            throw new GraphQueryException(ErrorCodes.InvalidPaging, "Give 'first' or 'last', not both.");
        }

        if ((First is not null && Before is not null) || (Last is not null && After is not null))
        {
            throw new GraphQueryException(
                ErrorCodes.InvalidPaging, "Page forwards with 'first'/'after' or backwards with 'last'/'before', not both.");
        }

        if (Size > maxSize)
        {
            throw new GraphQueryException(
                ErrorCodes.PageSizeExceeded, $"A page holds at most {maxSize} items; {Size} were requested.");
        }

        return this;
    }
}
