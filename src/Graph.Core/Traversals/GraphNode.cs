using Graph.Core.Domain;

namespace Graph.Core.Traversals;

/// <summary>A node of any label, with a display name (a paper's title, a term's canonical name).</summary>
public sealed record GraphNode(string Id, NodeLabel Label, string Name);
