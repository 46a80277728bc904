using Graph.Core.Domain;
using Graph.Core.Traversals;
using GraphQL.Types;

namespace Graph.Api.GraphQL.Types;

/// <summary>A node known by its name only: an organization or an author.</summary>
public abstract class GraphNodeType : ObjectGraphType<GraphNode>
{
    protected GraphNodeType(NodeLabel label, string description)
    {
        Name = label.ToString();
        Description = description;
        Interface<NodeInterface>();
        IsTypeOf = value => value is GraphNode node && node.Label == label;
        Field<NonNullGraphType<IdGraphType>>("id").Description("The opaque global id.").Resolve(c => GlobalId.Encode(label, c.Source.Id));
        Field<NonNullGraphType<StringGraphType>>("graphId").Description("The id in the graph store and in Cypher.").Resolve(c => c.Source.Id);
        Field<NonNullGraphType<StringGraphType>>("name").Description("The name.").Resolve(c => c.Source.Name);
    }
}
