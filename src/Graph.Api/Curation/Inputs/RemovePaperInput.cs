namespace Graph.Api.Curation.Inputs;

/// <summary>The paper to remove, by global id.</summary>
public sealed record RemovePaperInput(string PaperId);
