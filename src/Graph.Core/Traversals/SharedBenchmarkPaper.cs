using Graph.Core.Domain;

namespace Graph.Core.Traversals;

/// <summary>Another paper evaluated on at least one of the same datasets.</summary>
/// <param name="Paper">The other paper.</param>
/// <param name="SharedDatasetIds">The datasets both papers are evaluated on, by id ascending.</param>
public sealed record SharedBenchmarkPaper(Paper Paper, IReadOnlyList<string> SharedDatasetIds);
