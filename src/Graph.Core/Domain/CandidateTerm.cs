namespace Graph.Core.Domain;

/// <summary>
/// A term proposed by the text itself (an abbreviation definition, "the X benchmark"), kept apart from the
/// curated vocabulary until someone accepts it.
/// </summary>
/// <param name="Name">The proposed name, e.g. <c>Low-Rank Adaptation</c>.</param>
/// <param name="Abbreviation">The abbreviation defined alongside it, if any (<c>LoRA</c>).</param>
/// <param name="SuggestedKind">The kind the pattern suggests, when it suggests one.</param>
/// <param name="Confidence">Between 0 and 1: how likely the proposal is a real term of that kind.</param>
/// <param name="Pattern">Which pattern proposed it (<c>abbreviation</c>, <c>benchmark-phrase</c>, ...).</param>
/// <param name="PaperId">The paper whose text proposed it.</param>
/// <param name="Evidence">The span that proposed it.</param>
public sealed record CandidateTerm(
    string Name,
    string? Abbreviation,
    EntityKind? SuggestedKind,
    double Confidence,
    string Pattern,
    string PaperId,
    Evidence Evidence);
