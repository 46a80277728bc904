using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Graph.Api.Http;

/// <summary>Registers the GraphQL over HTTP transport.</summary>
public static class GraphQLHttpServiceCollectionExtensions
{
    /// <summary>
    /// Registers the transport and its <see cref="GraphQLHttpOptions"/> (section <c>Graph:Http</c>, validated at
    /// start-up). The schema, serializer and execution settings come from <c>services.AddGraphQL(...)</c>.
    /// </summary>
    public static IServiceCollection AddGraphQLHttp(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);

        services.AddOptions<GraphQLHttpOptions>()
            .Bind(configuration.GetSection(GraphQLHttpOptions.SectionName))
            .ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<GraphQLHttpOptions>, GraphQLHttpOptionsValidator>());
        services.TryAddSingleton<GraphQLRequestReader>();
        services.TryAddSingleton<GraphQLHttpHandler>();
        return services;
    }
}
