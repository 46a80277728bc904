namespace Graph.Core.Querying;

/// <summary>A filtered, sorted page of papers.</summary>
/// <param name="Where">Conditions, or null for all papers.</param>
/// <param name="Order">Sort keys; empty means newest first.</param>
/// <param name="Page">Which page.</param>
public sealed record PaperQuery(PaperFilter? Where, IReadOnlyList<Sort<PaperSortField>> Order, PageRequest Page)
{
    /// <summary>The order used when the caller gives none: newest first.</summary>
    public static IReadOnlyList<Sort<PaperSortField>> DefaultOrder { get; } =
        [new(PaperSortField.PublishedOn, SortDirection.Desc)];

    /// <summary>The order to apply: the caller's, or the default.</summary>
    public IReadOnlyList<Sort<PaperSortField>> EffectiveOrder => Order.Count == 0 ? DefaultOrder : Order;
}
