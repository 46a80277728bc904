namespace Graph.Core.Querying;

/// <summary>Conditions over a paper's list of linked terms of one kind, as in HotChocolate's list filters.</summary>
public sealed record EntityListFilter
{
    /// <summary>At least one linked term matches.</summary>
    public EntityFilter? Some { get; init; }

    /// <summary>Every linked term matches (true for a paper with no linked terms).</summary>
    public EntityFilter? All { get; init; }

    /// <summary>No linked term matches.</summary>
    public EntityFilter? None { get; init; }

    /// <summary>True: the paper has at least one linked term; false: it has none.</summary>
    public bool? Any { get; init; }
}
