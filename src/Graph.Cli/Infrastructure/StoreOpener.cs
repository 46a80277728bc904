using Graph.Core.Storage;
using Graph.Storage;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Graph.Cli.Infrastructure;

/// <summary>
/// Opens the store the same way the server does: configuration from the environment (<c>Graph__Store</c>,
/// <c>GRAPH_DB</c>, <c>NEO4J_URI</c>, ...) with <c>--db</c> on top.
/// </summary>
internal static class StoreOpener
{
    /// <summary>The embedded store's page cache for bulk loads, unless <c>Graph:Sqlite:CacheSizeMiB</c> is set.</summary>
    public const int BulkLoadCacheSizeMiB = 256;

    private const string CacheSizeKey = "Graph:Sqlite:CacheSizeMiB";

    /// <summary>Opens the configured store; <paramref name="bulkLoad"/> gives the embedded store a bulk load's page cache.</summary>
    public static async Task<OpenStore> OpenAsync(StoreSettings settings, CancellationToken cancellationToken, bool bulkLoad = false)
    {
        var open = Open(settings.Database, backend: null, extra: null, bulkLoad);
        await open.Store.InitializeAsync(cancellationToken);
        return open;
    }

    /// <summary>
    /// Builds a store without initializing it: the configured backend, or <paramref name="backend"/> when given
    /// (<see cref="GraphStorageOptions.SqliteStore"/>, <see cref="GraphStorageOptions.Neo4jStore"/>), with the
    /// registrations of <paramref name="extra"/> last; <paramref name="bulkLoad"/> gives the embedded store a bulk
    /// load's page cache.
    /// </summary>
    /// <exception cref="Microsoft.Extensions.Options.OptionsValidationException">The backend's settings are not valid.</exception>
    public static OpenStore Open(string? database, string? backend, StoreServices? extra, bool bulkLoad = false)
    {
        var overrides = new Dictionary<string, string?>();
        if (!string.IsNullOrWhiteSpace(database))
        {
            overrides["Graph:Database"] = database;
        }

        if (backend is not null)
        {
            overrides["Graph:Store"] = backend;
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
        var services = new ServiceCollection()
            .AddSingleton<IConfiguration>(configuration)
            .AddLogging()
            .AddGraphStorage(configuration);
        extra?.Apply(services);
        var provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true });
        try
        {
            return new OpenStore(provider, provider.GetRequiredService<IGraphStore>());
        }
        catch
        {
            provider.Dispose();
            throw;
        }
    }
}

/// <summary>An open store and the container that owns it.</summary>
internal sealed class OpenStore(ServiceProvider provider, IGraphStore store) : IAsyncDisposable
{
    public IGraphStore Store { get; } = store;

    /// <summary>A service of the store's container (its options, for messages).</summary>
    public T Get<T>()
        where T : notnull => provider.GetRequiredService<T>();

    public ValueTask DisposeAsync() => provider.DisposeAsync();
}
