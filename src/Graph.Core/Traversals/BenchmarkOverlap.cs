namespace Graph.Core.Traversals;

/// <summary>Two papers evaluated on the same datasets; <see cref="PaperAId"/> sorts before <see cref="PaperBId"/>.</summary>
/// <param name="PaperAId">The first paper.</param>
/// <param name="PaperBId">The second paper.</param>
/// <param name="SharedDatasetIds">The datasets both are evaluated on, by id ascending.</param>
public sealed record BenchmarkOverlap(string PaperAId, string PaperBId, IReadOnlyList<string> SharedDatasetIds);
