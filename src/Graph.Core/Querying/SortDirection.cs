namespace Graph.Core.Querying;

/// <summary>Sort direction. Missing values sort last in both directions.</summary>
public enum SortDirection
{
    /// <summary>Smallest first.</summary>
    Asc,

    /// <summary>Largest first.</summary>
    Desc,
}
