namespace Graph.Core.Domain;

/// <summary>What a write changed.</summary>
/// <param name="Papers">Papers written (inserted or replaced).</param>
/// <param name="Entities">Vocabulary terms written.</param>
/// <param name="LinksByKind">Paper-to-term links written, by term kind.</param>
/// <param name="Candidates">Candidate terms recorded.</param>
public sealed record WriteSummary(
    int Papers,
    int Entities,
    IReadOnlyDictionary<EntityKind, int> LinksByKind,
    int Candidates);
