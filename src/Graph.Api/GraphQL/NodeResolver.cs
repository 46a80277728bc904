using Graph.Api.GraphQL.Loaders;
using Graph.Core.Domain;
using GraphQL;
using GraphQL.DataLoader;

namespace Graph.Api.GraphQL;

/// <summary>Loads nodes of any label by graph id, batched per label, for <c>node</c>, <c>nodes</c> and subgraphs.</summary>
public static class NodeResolver
{
    /// <summary>One node, or null when there is no such node.</summary>
    public static IDataLoaderResult<object?> ResolveOne(IResolveFieldContext context, string graphId)
    {
        var loaders = context.Loaders();
        return GraphIds.LabelOf(graphId) switch
        {
            NodeLabel.Paper => loaders.Paper(graphId).Then(p => (object?)p),
            NodeLabel.Organization or NodeLabel.Author => loaders.Node(graphId).Then(n => (object?)n),
            null => loaders.Node(graphId).Then(_ => (object?)null),
            _ => loaders.Entity(graphId).Then(e => (object?)e),
        };
    }

    /// <summary>Several nodes in order, leaving out ids that name no node.</summary>
    public static IDataLoaderResult<IReadOnlyList<object>> Resolve(IResolveFieldContext context, IEnumerable<string> graphIds) =>
        graphIds.Select(id => ResolveOne(context, id)).ToList().WhenAll().Then(nodes => (IReadOnlyList<object>)nodes.OfType<object>().ToList());
}
