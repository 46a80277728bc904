namespace Graph.Core.Storage;

/// <summary>Node counts by label and relationship counts by type; every label and type is present, zero or not.</summary>
public sealed record GraphStats(
    IReadOnlyDictionary<string, long> NodesByLabel,
    IReadOnlyDictionary<string, long> RelationshipsByType);
