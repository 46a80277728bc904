using Graph.Core.Domain;

namespace Graph.Core.Traversals;

/// <summary>A paper related to another through shared terms.</summary>
/// <param name="Paper">The related paper.</param>
/// <param name="Score">Sum of <see cref="Relatedness.Weight"/> over the shared terms.</param>
/// <param name="SharedEntityIds">The shared terms (the reasons), by id ascending.</param>
public sealed record RelatedPaper(Paper Paper, double Score, IReadOnlyList<string> SharedEntityIds);
