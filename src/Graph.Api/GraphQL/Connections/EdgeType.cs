using Graph.Core.Querying;
using GraphQL.Types;

namespace Graph.Api.GraphQL.Connections;

/// <summary>Relay's edge: an item and its cursor, named after the item type (<c>PaperEdge</c>).</summary>
public class EdgeType<TNodeType, T> : ObjectGraphType<Edge<T>>
    where TNodeType : IGraphType
{
    public EdgeType(string nodeName)
    {
        Name = nodeName + "Edge";
        Description = $"A {nodeName} in a list, with the cursor that points at it.";
        Field<NonNullGraphType<StringGraphType>>("cursor").Description("Opaque cursor of this item.").Resolve(c => c.Source.Cursor);
        Field<NonNullGraphType<TNodeType>>("node").Description($"The {nodeName}.").Resolve(c => c.Source.Node);
    }
}
