using GraphQL.DI;

namespace Graph.Api.Tests.Support;

/// <summary>How a <see cref="GraphTestHost"/> is set up.</summary>
public sealed class GraphTestHostOptions
{
    /// <summary>The hosting environment; Production unless a test needs Development's extra detail.</summary>
    public string Environment { get; init; } = "Production";

    /// <summary>Configuration, such as <c>Graph:Http:MaxRequestBytes</c>.</summary>
    public Dictionary<string, string?> Settings { get; init; } = [];

    /// <summary>A route group to map the endpoint in, such as <c>/api</c>; none by default.</summary>
    public string? RouteGroup { get; init; }

    /// <summary>Extra GraphQL.NET settings, as Program.cs would add with <c>AddGraphQL</c>.</summary>
    public Action<IGraphQLBuilder>? ConfigureGraphQL { get; init; }
}
