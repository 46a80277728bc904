namespace Graph.Core.Querying;

/// <summary>One sort key: a field and a direction.</summary>
public sealed record Sort<TField>(TField Field, SortDirection Direction)
    where TField : struct, Enum;
