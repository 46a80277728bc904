using Graph.Core.Traversals;
using GraphQL.Types;

namespace Graph.Api.GraphQL.Types;

/// <summary>Nodes and the relationships among them: a path or a neighbourhood.</summary>
public sealed class SubgraphType : ObjectGraphType<Subgraph>
{
    public SubgraphType()
    {
        Name = "Subgraph";
        Description = "Nodes and relationships. For a path, node i and node i+1 are joined by relationship i (in either direction).";
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<NodeInterface>>>>("nodes")
            .Description("The nodes; for a path, in order from start to end.")
            .Resolve(c => NodeResolver.Resolve(c, c.Source.Nodes.Select(n => n.Id)));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<RelationshipGraphType>>>>("relationships")
            .Description("The relationships; for a path, relationship i joins node i and node i+1.")
            .Resolve(c => c.Source.Relationships);
        Field<NonNullGraphType<IntGraphType>>("length").Description("The number of relationships.").Resolve(c => c.Source.Relationships.Count);
    }
}
