using GraphQL.Types;

namespace Graph.Api.GraphQL.Connections;

/// <summary>
/// Relay's connection, as HotChocolate shapes it: <c>edges</c>, <c>nodes</c>, <c>pageInfo</c> and
/// <c>totalCount</c>, named after the item type (<c>PaperConnection</c>).
/// </summary>
public class ConnectionType<TNodeType, TEdgeType, T> : ObjectGraphType<Connection<T>>
    where TNodeType : IGraphType
    where TEdgeType : IGraphType
{
    public ConnectionType(string nodeName)
    {
        Name = nodeName + "Connection";
        Description = $"A page of {nodeName} items.";
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<TEdgeType>>>>("edges").Description("The items with their cursors.").Resolve(c => c.Source.Page.Edges);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<TNodeType>>>>("nodes").Description("The items.").Resolve(c => c.Source.Page.Edges.Select(e => e.Node).ToList());
        Field<NonNullGraphType<PageInfoType>>("pageInfo").Description("Where the page lies in the list.").Resolve(c => PageInfoType.Info.Of(c.Source.Page));
        Field<NonNullGraphType<IntGraphType>>("totalCount")
            .Description("The number of items in the whole list (counted only when asked for).")
            .ResolveAsync(async c => (object?)checked((int)await c.Source.CountAsync(c.CancellationToken)));
    }
}
