using System.Diagnostics.CodeAnalysis;

namespace Graph.Api.Http;

/// <summary>Maps the GraphQL over HTTP endpoint.</summary>
public static class GraphQLHttpEndpointRouteBuilderExtensions
{
    /// <summary>
    /// Serves the registered <c>ISchema</c> over GET and POST at <paramref name="pattern"/>, following the
    /// GraphQL over HTTP spec. Requires <c>AddGraphQL(...)</c> and
    /// <see cref="GraphQLHttpServiceCollectionExtensions.AddGraphQLHttp"/>.
    /// </summary>
    public static GraphQLHttpEndpointConventionBuilder MapGraphQLHttp(
        this IEndpointRouteBuilder endpoints,
        [StringSyntax("Route")] string pattern = "/graphql")
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        ArgumentException.ThrowIfNullOrWhiteSpace(pattern);

        // Resolved now so that a missing registration fails at start-up, not on the first request.
        var handler = endpoints.ServiceProvider.GetService<GraphQLHttpHandler>()
            ?? throw new InvalidOperationException(
                $"Call services.{nameof(GraphQLHttpServiceCollectionExtensions.AddGraphQLHttp)}(configuration) before {nameof(MapGraphQLHttp)}.");

        // Every method reaches the handler, so that unsupported ones get a GraphQL error body with their 405.
        var endpoint = endpoints.Map(pattern, new RequestDelegate(handler.HandleAsync))
            .WithDisplayName("GraphQL " + pattern);
        return new GraphQLHttpEndpointConventionBuilder(endpoint, endpoints, pattern);
    }
}
