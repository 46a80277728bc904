using Graph.Api.GraphQL.Loaders;
using Graph.Core.Storage;
using GraphQL;

namespace Graph.Api.GraphQL;

/// <summary>The request's services as resolvers use them.</summary>
public static class ResolveContextExtensions
{
    /// <summary>The batch loaders of this request.</summary>
    public static GraphLoaders Loaders(this IResolveFieldContext context) =>
        context.RequestServices!.GetRequiredService<GraphLoaders>();

    /// <summary>The graph store.</summary>
    public static IGraphStore Store(this IResolveFieldContext context) =>
        context.RequestServices!.GetRequiredService<IGraphStore>();
}
