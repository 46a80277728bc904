namespace Graph.Core.Querying;

/// <summary>Conditions on a vocabulary term; all set conditions must hold.</summary>
public sealed record EntityFilter
{
    /// <summary>Every filter in the list holds.</summary>
    public IReadOnlyList<EntityFilter>? And { get; init; }

    /// <summary>At least one filter in the list holds.</summary>
    public IReadOnlyList<EntityFilter>? Or { get; init; }

    /// <summary>Conditions on the term id (<c>dataset:mmlu</c>).</summary>
    public StringFilter? Id { get; init; }

    /// <summary>Conditions on the canonical name.</summary>
    public StringFilter? Name { get; init; }

    /// <summary>Conditions on the number of papers linked to the term.</summary>
    public ComparableFilter<int>? PaperCount { get; init; }
}
