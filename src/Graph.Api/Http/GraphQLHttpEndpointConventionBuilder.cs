
namespace Graph.Api.Http;

/// <summary>
/// Conventions for the GraphQL endpoint, which also remembers where it was mapped so that companions such as the
/// IDE can map their own endpoints beside it.
/// </summary>
public sealed class GraphQLHttpEndpointConventionBuilder : IEndpointConventionBuilder
{
    private readonly IEndpointConventionBuilder _inner;

    internal GraphQLHttpEndpointConventionBuilder(IEndpointConventionBuilder inner, IEndpointRouteBuilder endpoints, string pattern)
    {
        _inner = inner;
        Endpoints = endpoints;
        Pattern = pattern;
    }

    /// <summary>The route builder the GraphQL endpoint was mapped on.</summary>
    public IEndpointRouteBuilder Endpoints { get; }

    /// <summary>The route pattern of the GraphQL endpoint, such as <c>/graphql</c>.</summary>
    public string Pattern { get; }

    /// <inheritdoc/>
    public void Add(Action<EndpointBuilder> convention) => _inner.Add(convention);

    /// <inheritdoc/>
    public void Finally(Action<EndpointBuilder> finallyConvention) => _inner.Finally(finallyConvention);
}
