namespace Graph.Core.Curation;

/// <summary>One entry of the audit trail: who changed what, and when.</summary>
/// <param name="Sequence">Position in the trail, increasing with every change.</param>
/// <param name="At">When the change was applied.</param>
/// <param name="Actor">Who made it (the name of the credential).</param>
/// <param name="Operation">The operation (<c>linkPaper</c>, <c>mergeTerms</c>, ...).</param>
/// <param name="Targets">The ids of the nodes it touched.</param>
/// <param name="Summary">A short human-readable description of what changed.</param>
public sealed record ChangeRecord(long Sequence, DateTimeOffset At, string Actor, string Operation, IReadOnlyList<string> Targets, string Summary);
