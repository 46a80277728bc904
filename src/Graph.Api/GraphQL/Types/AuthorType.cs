using Graph.Core.Domain;

namespace Graph.Api.GraphQL.Types;

/// <summary>A person who wrote papers.</summary>
public sealed class AuthorType() : GraphNodeType(NodeLabel.Author, "An author, when the listing names authors.");
