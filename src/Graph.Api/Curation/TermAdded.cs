using Graph.Core.Domain;

namespace Graph.Api.Curation;

/// <summary>A term added to the vocabulary, and how many papers were relinked to it.</summary>
public sealed record TermAdded(Entity Term, int RelinkedPapers);
