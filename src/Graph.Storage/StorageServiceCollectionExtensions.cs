using Graph.Core.Configuration;
using Graph.Core.Storage;
using Graph.Storage.Neo4j;
using Graph.Storage.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Graph.Storage;

/// <summary>Registers the graph store the configuration asks for.</summary>
public static class StorageServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="IGraphStore"/> as a singleton for the backend named by <c>Graph:Store</c>
    /// (<c>Sqlite</c> by default, or <c>Neo4j</c>), with its options bound and validated at start-up.
    /// </summary>
    /// <remarks>The caller still calls <see cref="IGraphStore.InitializeAsync"/> once before serving.</remarks>
    /// <exception cref="InvalidOperationException"><c>Graph:Store</c> names a backend this build does not have.</exception>
    public static IServiceCollection AddGraphStorage(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);

        // The backend decides which services exist, so it is read now rather than when options are first used.
        var store = configuration[$"{GraphStorageOptions.SectionName}:{nameof(GraphStorageOptions.Store)}"];
        if (string.IsNullOrWhiteSpace(store))
        {
            store = GraphStorageOptions.SqliteStore;
        }

        if (!GraphStorageOptions.IsKnownStore(store))
        {
            throw new InvalidOperationException(
                $"Graph:Store is '{store}', which this build does not provide; " +
                $"use one of: {string.Join(", ", GraphStorageOptions.KnownStores)}.");
        }

        services.AddOptions<GraphStorageOptions>()
            .BindConfiguration(GraphStorageOptions.SectionName)
            .Validate(
                options => string.IsNullOrWhiteSpace(options.Store) || GraphStorageOptions.IsKnownStore(options.Store),
                $"Graph:Store must be one of: {string.Join(", ", GraphStorageOptions.KnownStores)}.")
            .ValidateOnStart();

        // Each backend registers its own options and store here; the check above guarantees one matches.
        if (string.Equals(store, GraphStorageOptions.SqliteStore, StringComparison.OrdinalIgnoreCase))
        {
            AddSqlite(services);
        }
        else if (string.Equals(store, GraphStorageOptions.Neo4jStore, StringComparison.OrdinalIgnoreCase))
        {
            AddNeo4j(services);
        }

        return services;
    }

    private static void AddSqlite(IServiceCollection services)
    {
        services.AddOptions<SqliteOptions>()
            .BindConfiguration(SqliteOptions.SectionName)
            .PostConfigure<IOptions<GraphStorageOptions>>((sqlite, graph) =>
            {
                var configured = !string.IsNullOrWhiteSpace(graph.Value.Database)
                    ? graph.Value.Database
                    : sqlite.DatabasePath;
                sqlite.DatabasePath = GraphDatabasePath.Resolve(configured);
            })
            .ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<SqliteOptions>, SqliteOptionsValidator>());
        services.TryAddSingleton<IGraphStore>(
            provider => new SqliteGraphStore(provider.GetRequiredService<IOptions<SqliteOptions>>().Value));
    }

    private static void AddNeo4j(IServiceCollection services)
    {
        // Configuration first, then the NEO4J_* environment variables on top, as containers and CI set them.
        services.AddOptions<Neo4jOptions>()
            .BindConfiguration(Neo4jOptions.SectionName)
            .PostConfigure(options => options.ApplyEnvironment(Environment.GetEnvironmentVariable))
            .ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<Neo4jOptions>, Neo4jOptionsValidator>());
        services.TryAddSingleton(TimeProvider.System);

        // The store is a singleton holding its typed client for good: pooled connections are recycled by the
        // handler instead of by rotating handlers, so DNS changes are still picked up.
        services.AddHttpClient<Neo4jQueryClient>(client => client.Timeout = Timeout.InfiniteTimeSpan)
            .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(2) })
            .SetHandlerLifetime(Timeout.InfiniteTimeSpan);
        services.TryAddSingleton<IGraphStore>(provider => new Neo4jGraphStore(
            provider.GetRequiredService<Neo4jQueryClient>(),
            provider.GetRequiredService<IOptions<Neo4jOptions>>().Value,
            provider.GetService<ILogger<Neo4jGraphStore>>(),
            provider.GetRequiredService<TimeProvider>()));
    }
}
