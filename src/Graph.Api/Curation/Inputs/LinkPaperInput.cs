namespace Graph.Api.Curation.Inputs;

/// <summary>A curated link from a paper to a term (method, dataset, topic or model), with optional evidence.</summary>
public sealed record LinkPaperInput(string PaperId, string TermId, IReadOnlyList<EvidenceInput>? Evidence = null);
