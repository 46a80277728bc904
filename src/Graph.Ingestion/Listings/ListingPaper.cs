using Graph.Core.Domain;

namespace Graph.Ingestion.Listings;

/// <summary>A paper as a listing describes it, before extraction, with where it came from.</summary>
public sealed record ListingPaper(
    string Title,
    string Abstract,
    DateOnly? PublishedOn,
    int? AuthorCount,
    int? Upvotes,
    string? ArxivId,
    string? Organization,
    IReadOnlyList<string> Authors,
    int Line)
{
    /// <summary>The paper's stable graph id.</summary>
    public string Id => GraphIds.ForPaper(ArxivId, Title);

    /// <summary>True when both entries describe the paper identically, wherever they were listed.</summary>
    public bool HasSameContent(ListingPaper other) =>
        this with { Line = 0, Authors = [] } == other with { Line = 0, Authors = [] } &&
        Authors.SequenceEqual(other.Authors);

    /// <summary>The paper node for this entry.</summary>
    public Paper ToPaper() =>
        new(Id, Title, Abstract, PublishedOn, AuthorCount, Upvotes, ArxivId, Organization, Authors);
}
