using Graph.Api.GraphQL.Connections;
using Graph.Api.GraphQL.Inputs;
using Graph.Core.Domain;
using Graph.Core.Querying;
using GraphQL;
using GraphQL.Builders;
using GraphQL.Types;

namespace Graph.Api.GraphQL;

/// <summary>The arguments and the resolver every paper list shares: Relay paging, <c>where</c> and <c>order</c>.</summary>
public static class PaperLists
{
    /// <summary>Adds <c>first</c>, <c>after</c>, <c>last</c>, <c>before</c>, <c>where</c> and <c>order</c>.</summary>
    public static FieldBuilder<TSource, TReturn> PaperListArguments<TSource, TReturn>(this FieldBuilder<TSource, TReturn> field) =>
        field.PagingArguments()
            .Argument<PaperFilterInputType>("where", "Conditions on the papers.")
            .Argument<ListGraphType<NonNullGraphType<PaperSortInputType>>>("order", "Sort keys in priority order (default: newest first).");

    /// <summary>Adds Relay's paging arguments.</summary>
    public static FieldBuilder<TSource, TReturn> PagingArguments<TSource, TReturn>(this FieldBuilder<TSource, TReturn> field) =>
        field.Argument<IntGraphType>("first", $"Page forwards: the first n items (at most {PageRequest.MaxSize}; default {PageRequest.DefaultSize}).")
            .Argument<StringGraphType>("after", "Page forwards from this cursor.")
            .Argument<IntGraphType>("last", $"Page backwards: the last n items (at most {PageRequest.MaxSize}).")
            .Argument<StringGraphType>("before", "Page backwards from this cursor.");

    /// <summary>The page the paging arguments ask for, validated.</summary>
    public static PageRequest Page(IResolveFieldContext context) => new PageRequest(
        context.GetArgument<int?>("first"), context.GetArgument<string?>("after"),
        context.GetArgument<int?>("last"), context.GetArgument<string?>("before")).Validate();

    /// <summary>Runs the list, restricted to <paramref name="scope"/> when given (the papers of one method, say).</summary>
    public static async Task<Connection<Paper>> ResolveAsync(IResolveFieldContext context, PaperFilter? scope = null)
    {
        var where = context.GetArgument<PaperFilter?>("where");
        var combined = (scope, where) switch
        {
            (null, _) => where,
            (_, null) => scope,
            _ => new PaperFilter { And = [scope, where] },
        };
        var order = (context.GetArgument<List<IReadOnlyList<Sort<PaperSortField>>>?>("order") ?? []).SelectMany(o => o).ToList();
        var store = context.Store();
        var page = await store.ListPapersAsync(new PaperQuery(combined, order, Page(context)), context.CancellationToken);
        return new Connection<Paper>(page, ct => store.CountPapersAsync(combined, ct));
    }
}
