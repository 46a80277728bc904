namespace Graph.Core.Traversals;

/// <summary>A directed relationship between two nodes; <see cref="Type"/> is one of <c>RelationshipType</c>.</summary>
public sealed record GraphRelationship(string Type, string StartId, string EndId);
