using Graph.Core.Domain;

namespace Graph.Ingestion.Pipeline;

/// <summary>What an ingestion did.</summary>
/// <param name="Files">Files read.</param>
/// <param name="Papers">Distinct papers written.</param>
/// <param name="LinksByKind">Paper-to-term links written, by kind.</param>
/// <param name="Candidates">Candidate terms recorded.</param>
/// <param name="NegatedMentions">Mentions skipped because the text negates them.</param>
/// <param name="Elapsed">Wall time.</param>
/// <param name="Notes">Assumptions the readers made (an inferred page year, collapsed duplicates).</param>
public sealed record IngestReport(
    int Files,
    int Papers,
    IReadOnlyDictionary<EntityKind, int> LinksByKind,
    int Candidates,
    int NegatedMentions,
    TimeSpan Elapsed,
    IReadOnlyList<string> Notes);
