namespace Graph.Core.Querying;

/// <summary>The fields vocabulary terms can be sorted by. Ties are always broken by term id, ascending.</summary>
public enum EntitySortField
{
    /// <summary>Canonical name, compared in lower case.</summary>
    Name,

    /// <summary>Number of linked papers.</summary>
    PaperCount,
}
