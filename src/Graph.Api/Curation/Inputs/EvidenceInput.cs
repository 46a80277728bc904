using Graph.Core.Domain;

namespace Graph.Api.Curation.Inputs;

/// <summary>A span of a paper's title or abstract offered as evidence for a link.</summary>
public sealed record EvidenceInput(TextField Field, int Start, int End);
