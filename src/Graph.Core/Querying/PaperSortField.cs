namespace Graph.Core.Querying;

/// <summary>The fields papers can be sorted by. Ties are always broken by paper id, ascending.</summary>
public enum PaperSortField
{
    /// <summary>Publication date.</summary>
    PublishedOn,

    /// <summary>Upvotes.</summary>
    Upvotes,

    /// <summary>Author count.</summary>
    AuthorCount,

    /// <summary>Title, compared in lower case.</summary>
    Title,
}
