using Graph.Core.Domain;

namespace Graph.Ingestion.Extraction;

/// <summary>What extraction found in one paper.</summary>
/// <param name="Mentions">Links to curated terms, each with every span that names the term.</param>
/// <param name="Candidates">Terms the text proposes that the vocabulary lacks.</param>
/// <param name="Negated">Spans that name a term in a negated or avoided context; not linked.</param>
public sealed record ExtractionResult(
    IReadOnlyList<Mention> Mentions,
    IReadOnlyList<CandidateTerm> Candidates,
    IReadOnlyList<(string EntityId, Evidence Evidence)> Negated);
