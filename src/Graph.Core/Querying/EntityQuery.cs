using Graph.Core.Domain;

namespace Graph.Core.Querying;

/// <summary>A filtered, sorted page of vocabulary terms of one kind.</summary>
/// <param name="Kind">Which kind of term.</param>
/// <param name="Where">Conditions, or null for all terms of the kind.</param>
/// <param name="Order">Sort keys; empty means by name.</param>
/// <param name="Page">Which page.</param>
public sealed record EntityQuery(
    EntityKind Kind,
    EntityFilter? Where,
    IReadOnlyList<Sort<EntitySortField>> Order,
    PageRequest Page)
{
    /// <summary>The order used when the caller gives none: by name.</summary>
    public static IReadOnlyList<Sort<EntitySortField>> DefaultOrder { get; } =
        [new(EntitySortField.Name, SortDirection.Asc)];

    /// <summary>The order to apply: the caller's, or the default.</summary>
    public IReadOnlyList<Sort<EntitySortField>> EffectiveOrder => Order.Count == 0 ? DefaultOrder : Order;
}
