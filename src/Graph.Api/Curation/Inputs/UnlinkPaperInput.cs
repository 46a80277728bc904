namespace Graph.Api.Curation.Inputs;

/// <summary>The link to remove, by the global ids of its paper and term.</summary>
public sealed record UnlinkPaperInput(string PaperId, string TermId);
