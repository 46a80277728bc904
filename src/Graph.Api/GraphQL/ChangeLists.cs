using Graph.Api.GraphQL.Connections;
using Graph.Core.Curation;
using GraphQL;

namespace Graph.Api.GraphQL;

/// <summary>Pages of the audit trail for <c>Query.changes</c> and <c>Paper.history</c>.</summary>
public static class ChangeLists
{
    /// <summary>A page of changes, of one node when <paramref name="nodeId"/> is given.</summary>
    public static async Task<Connection<ChangeRecord>> ResolveAsync(IResolveFieldContext context, string? nodeId)
    {
        var store = context.Store();
        var page = await store.GetChangesAsync(nodeId, PaperLists.Page(context), context.CancellationToken);
        return new Connection<ChangeRecord>(page, async ct =>
        {
            // The trail has no count query; counting walks it in pages, which is fine for the sizes curation produces.
            long count = 0;
            string? after = null;
            do
            {
                var next = await store.GetChangesAsync(nodeId, new Core.Querying.PageRequest(First: Core.Querying.PageRequest.MaxSize, After: after), ct);
                count += next.Edges.Count;
                after = next.HasNextPage ? next.EndCursor : null;
            }
            while (after is not null);
            return count;
        });
    }
}
