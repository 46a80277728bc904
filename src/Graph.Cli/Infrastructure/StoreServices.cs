using Microsoft.Extensions.DependencyInjection;

namespace Graph.Cli.Infrastructure;

/// <summary>
/// Registrations added, after the configured ones, to the container of a store a command opens. Empty when
/// <c>graph</c> runs; tests put a fake Neo4j server here, as WebApplicationFactory lets them for the server.
/// </summary>
internal sealed class StoreServices(Action<IServiceCollection>? configure)
{
    public void Apply(IServiceCollection services) => configure?.Invoke(services);
}
