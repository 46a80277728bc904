using Graph.Core.Storage;
using Graph.Storage;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Graph.Cli.Infrastructure;

/// <summary>
/// Opens the store the same way the server does: configuration from the environment (<c>Graph__Store</c>,
/// <c>GRAPH_DB</c>, ...) with <c>--db</c> on top.
/// </summary>
internal static class StoreOpener
{
    public static async Task<OpenStore> OpenAsync(StoreSettings settings, CancellationToken cancellationToken)
    {
        var overrides = new Dictionary<string, string?>();
        if (!string.IsNullOrWhiteSpace(settings.Database))
        {
            overrides["Graph:Database"] = settings.Database;
        }

        var configuration = new ConfigurationBuilder()
            .AddEnvironmentVariables()
            .AddInMemoryCollection(overrides)
            .Build();
        var provider = new ServiceCollection()
            .AddSingleton<IConfiguration>(configuration)
            .AddLogging()
            .AddGraphStorage(configuration)
            .BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true });
        var store = provider.GetRequiredService<IGraphStore>();
        await store.InitializeAsync(cancellationToken);
        return new OpenStore(provider, store);
    }
}

/// <summary>An open store and the container that owns it.</summary>
internal sealed class OpenStore(ServiceProvider provider, IGraphStore store) : IAsyncDisposable
{
    public IGraphStore Store { get; } = store;

    public ValueTask DisposeAsync() => provider.DisposeAsync();
}
