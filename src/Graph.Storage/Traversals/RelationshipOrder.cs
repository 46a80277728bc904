using Graph.Core.Traversals;

namespace Graph.Storage.Traversals;

/// <summary>The deterministic order every backend lists relationships in: by start, end, then type.</summary>
internal static class RelationshipOrder
{
    public static IComparer<GraphRelationship> Comparer { get; } = Comparer<GraphRelationship>.Create(Compare);

    public static int Compare(GraphRelationship? x, GraphRelationship? y)
    {
        if (ReferenceEquals(x, y))
        {
            return 0;
        }

        if (x is null || y is null)
        {
            return x is null ? -1 : 1;
        }

        var byStart = string.CompareOrdinal(x.StartId, y.StartId);
        if (byStart != 0)
        {
            return byStart;
        }

        var byEnd = string.CompareOrdinal(x.EndId, y.EndId);
        return byEnd != 0 ? byEnd : string.CompareOrdinal(x.Type, y.Type);
    }
}
