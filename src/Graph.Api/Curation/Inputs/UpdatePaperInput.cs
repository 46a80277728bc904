namespace Graph.Api.Curation.Inputs;

/// <summary>New values for some of a paper's fields; fields left null keep their value.</summary>
public sealed record UpdatePaperInput(
    string PaperId,
    string? Title = null,
    string? Abstract = null,
    DateOnly? PublishedOn = null,
    int? AuthorCount = null,
    int? Upvotes = null,
    string? Organization = null);
