namespace Graph.Core.Traversals;

/// <summary>A set of nodes and the relationships among them: a neighbourhood or a path.</summary>
/// <remarks>For a path, nodes are in order from start to end and relationship i joins node i and node i+1
/// (its direction is the stored one, which may point either way along the path).</remarks>
public sealed record Subgraph(IReadOnlyList<GraphNode> Nodes, IReadOnlyList<GraphRelationship> Relationships);
