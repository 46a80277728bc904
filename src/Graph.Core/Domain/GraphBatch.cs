namespace Graph.Core.Domain;

/// <summary>One atomic write: the vocabulary terms the papers refer to and the papers themselves.</summary>
/// <remarks>
/// Writing a batch replaces each paper's previous extracted links and candidates (its curated links stay), so
/// writing the same batch twice gives the same graph.
/// </remarks>
/// <param name="Entities">Vocabulary terms; written (upserted) before the papers that link to them.</param>
/// <param name="Papers">Papers with their mentions and candidates.</param>
public sealed record GraphBatch(IReadOnlyList<Entity> Entities, IReadOnlyList<PaperGraph> Papers);
