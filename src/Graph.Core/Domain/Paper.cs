namespace Graph.Core.Domain;

/// <summary>A paper node with its listing metadata.</summary>
/// <param name="Id">Stable id: <c>arxiv:&lt;id&gt;</c> when the arXiv id is known, else derived from the normalized title.</param>
/// <param name="Title">The title as listed.</param>
/// <param name="Abstract">The abstract as listed (may be empty).</param>
/// <param name="PublishedOn">Publication date when the listing gives one.</param>
/// <param name="AuthorCount">Number of authors when the listing gives it.</param>
/// <param name="Upvotes">Upvotes on the listing; null when the listing has none.</param>
/// <param name="ArxivId">The arXiv identifier when known.</param>
/// <param name="Organization">The publishing organization when the listing names one instead of authors.</param>
/// <param name="Authors">Author names when the listing has them.</param>
public sealed record Paper(
    string Id,
    string Title,
    string Abstract,
    DateOnly? PublishedOn,
    int? AuthorCount,
    int? Upvotes,
    string? ArxivId,
    string? Organization,
    IReadOnlyList<string> Authors);
