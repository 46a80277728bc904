namespace Graph.Core.Domain;

/// <summary>A link from a paper to a term, with the spans that justify it.</summary>
/// <param name="PaperId">The paper.</param>
/// <param name="EntityId">The term.</param>
/// <param name="Kind">The term's kind, which decides the relationship type.</param>
/// <param name="Evidence">Every span of the paper that names the term; may be empty for links a curator made.</param>
/// <param name="Curated">True for links a curator made: they survive re-extraction and re-ingestion of the paper.</param>
public sealed record Mention(string PaperId, string EntityId, EntityKind Kind, IReadOnlyList<Evidence> Evidence, bool Curated = false);
