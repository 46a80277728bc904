using Graph.Core.Querying;
using GraphQL.Types;

namespace Graph.Api.GraphQL.Connections;

/// <summary>Relay's <c>PageInfo</c>.</summary>
public sealed class PageInfoType : ObjectGraphType<PageInfoType.Info>
{
    public PageInfoType()
    {
        Name = "PageInfo";
        Description = "Where a page lies in its list.";
        Field<NonNullGraphType<BooleanGraphType>>("hasNextPage").Description("Whether items follow this page.").Resolve(c => c.Source.HasNextPage);
        Field<NonNullGraphType<BooleanGraphType>>("hasPreviousPage").Description("Whether items precede this page.").Resolve(c => c.Source.HasPreviousPage);
        Field<StringGraphType>("startCursor").Description("The cursor of the first item, to page backwards with `before`.").Resolve(c => c.Source.StartCursor);
        Field<StringGraphType>("endCursor").Description("The cursor of the last item, to page forwards with `after`.").Resolve(c => c.Source.EndCursor);
    }

    /// <summary>The page facts, whatever the item type.</summary>
    public sealed record Info(bool HasNextPage, bool HasPreviousPage, string? StartCursor, string? EndCursor)
    {
        public static Info Of<T>(Page<T> page) => new(page.HasNextPage, page.HasPreviousPage, page.StartCursor, page.EndCursor);
    }
}
