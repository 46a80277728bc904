namespace Graph.Core.Querying;

/// <summary>Conditions on papers; all set conditions must hold. Backends compile it to parameterized queries.</summary>
public sealed record PaperFilter
{
    /// <summary>Every filter in the list holds.</summary>
    public IReadOnlyList<PaperFilter>? And { get; init; }

    /// <summary>At least one filter in the list holds.</summary>
    public IReadOnlyList<PaperFilter>? Or { get; init; }

    /// <summary>Conditions on the paper id.</summary>
    public StringFilter? Id { get; init; }

    /// <summary>Conditions on the title.</summary>
    public StringFilter? Title { get; init; }

    /// <summary>Conditions on the abstract.</summary>
    public StringFilter? Abstract { get; init; }

    /// <summary>Conditions on the arXiv id.</summary>
    public StringFilter? ArxivId { get; init; }

    /// <summary>Conditions on the publishing organization's name.</summary>
    public StringFilter? Organization { get; init; }

    /// <summary>Conditions on the publication date.</summary>
    public ComparableFilter<DateOnly>? PublishedOn { get; init; }

    /// <summary>Conditions on the upvote count.</summary>
    public ComparableFilter<int>? Upvotes { get; init; }

    /// <summary>Conditions on the author count.</summary>
    public ComparableFilter<int>? AuthorCount { get; init; }

    /// <summary>Conditions over the paper's methods.</summary>
    public EntityListFilter? Methods { get; init; }

    /// <summary>Conditions over the paper's datasets and benchmarks.</summary>
    public EntityListFilter? Datasets { get; init; }

    /// <summary>Conditions over the paper's topics.</summary>
    public EntityListFilter? Topics { get; init; }

    /// <summary>Conditions over the paper's pretrained models.</summary>
    public EntityListFilter? Models { get; init; }
}
