using Graph.Core.Domain;

namespace Graph.Core.Traversals;

/// <summary>How much a shared term of each kind counts towards relatedness; every backend uses these weights.</summary>
public static class Relatedness
{
    /// <summary>The weight of one shared term of the given kind.</summary>
    /// <remarks>Methods and datasets say most about what a paper does; topics are broad, so they count half.</remarks>
    public static double Weight(EntityKind kind) => kind switch
    {
        EntityKind.Method => 1.0,
        EntityKind.Dataset => 1.0,
        EntityKind.Model => 0.75,
        EntityKind.Topic => 0.5,
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };
}
