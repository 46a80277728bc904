namespace Graph.Core.Traversals;

/// <summary>A term that appears in the same papers as another, with the number of such papers.</summary>
public sealed record CoOccurrence(string EntityId, int Papers);
