namespace Graph.Api.Curation.Inputs;

/// <summary>A new paper. Extraction links it to the vocabulary; its id comes from the arXiv id or the title.</summary>
public sealed record AddPaperInput(
    string Title,
    string? Abstract = null,
    string? ArxivId = null,
    string? Url = null,
    DateOnly? PublishedOn = null,
    IReadOnlyList<string>? Authors = null,
    int? AuthorCount = null,
    int? Upvotes = null,
    string? Organization = null);
