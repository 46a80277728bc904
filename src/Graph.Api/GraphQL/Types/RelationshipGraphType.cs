using Graph.Core.Domain;
using Graph.Core.Traversals;
using GraphQL.Types;

namespace Graph.Api.GraphQL.Types;

/// <summary>A stored relationship between two nodes.</summary>
public sealed class RelationshipGraphType : ObjectGraphType<GraphRelationship>
{
    public RelationshipGraphType()
    {
        Name = "Relationship";
        Description = "A directed relationship, as stored (`(:Paper)-[:USES_METHOD]->(:Method)`).";
        Field<NonNullGraphType<StringGraphType>>("type").Description("The relationship type, as in Cypher.").Resolve(c => c.Source.Type);
        Field<NonNullGraphType<IdGraphType>>("startId").Description("Global id of the node it starts at.").Resolve(c => GlobalIdOf(c.Source.StartId));
        Field<NonNullGraphType<IdGraphType>>("endId").Description("Global id of the node it points to.").Resolve(c => GlobalIdOf(c.Source.EndId));
    }

    private static string GlobalIdOf(string graphId) =>
        GlobalId.Encode(GraphIds.LabelOf(graphId) ?? throw new InvalidOperationException("The store returned an id without a known label."), graphId);
}
