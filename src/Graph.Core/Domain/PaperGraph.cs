namespace Graph.Core.Domain;

/// <summary>A paper together with everything extraction found in it: the unit of ingestion.</summary>
/// <param name="Paper">The paper.</param>
/// <param name="Mentions">Its links to curated terms.</param>
/// <param name="Candidates">Terms its text proposed that the vocabulary does not have.</param>
public sealed record PaperGraph(Paper Paper, IReadOnlyList<Mention> Mentions, IReadOnlyList<CandidateTerm> Candidates);
