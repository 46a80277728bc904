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
    /// <summary>The embedded store's page cache for bulk loads, unless <c>Graph:Sqlite:CacheSizeMiB</c> is set.</summary>
    public const int BulkLoadCacheSizeMiB = 256;

    private const string CacheSizeKey = "Graph:Sqlite:CacheSizeMiB";

    /// <summary>Opens the configured store; <paramref name="bulkLoad"/> gives the embedded store a bulk load's page cache.</summary>
    public static async Task<OpenStore> OpenAsync(StoreSettings settings, CancellationToken cancellationToken, bool bulkLoad = false)
    {
        var overrides = new Dictionary<string, string?>();
        if (!string.IsNullOrWhiteSpace(settings.Database))
        {
            overrides["Graph:Database"] = settings.Database;
        }

        var environment = new ConfigurationBuilder().AddEnvironmentVariables().Build();
        if (bulkLoad && string.IsNullOrWhiteSpace(environment[CacheSizeKey]))
        {
            // The indexes of a large graph do not fit SQLite's default 2 MiB cache; every insert would re-read them.
            overrides[CacheSizeKey] = BulkLoadCacheSizeMiB.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        var configuration = new ConfigurationBuilder()
            .AddConfiguration(environment)
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
