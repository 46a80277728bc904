using Graph.Core.Configuration;
using Graph.Core.Storage;
using Graph.Storage.Sqlite;
using Graph.Storage.Tests.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Graph.Storage.Tests;

public sealed class StorageServiceCollectionExtensionsTests : IDisposable
{
    private readonly TemporaryDirectory _directory = new();

    public void Dispose() => _directory.Dispose();

    private static ServiceProvider Build(Dictionary<string, string?> settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(configuration);
        services.AddGraphStorage(configuration);
        return services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
    }

    [Fact]
    public void AddGraphStorage_NothingConfigured_RegistersSqliteAtTheResolvedDefaultPath()
    {
        using var provider = Build([]);

        var store = Assert.IsType<SqliteGraphStore>(provider.GetRequiredService<IGraphStore>());

        Assert.Equal(GraphDatabasePath.Resolve(), store.DatabasePath);
        Assert.Same(store, provider.GetRequiredService<IGraphStore>());
        provider.GetRequiredService<IStartupValidator>().Validate();
    }

    [Fact]
    public async Task AddGraphStorage_DatabaseConfigured_UsesItAndCreatesItsDirectory()
    {
        var path = Path.Combine(_directory.Path, "data", "graph.db");
        await using var provider = Build(new() { ["Graph:Store"] = "sqlite", ["Graph:Database"] = path });

        var store = provider.GetRequiredService<IGraphStore>();
        await store.InitializeAsync(TestContext.Current.CancellationToken);

        Assert.Equal(path, provider.GetRequiredService<IOptions<SqliteOptions>>().Value.DatabasePath);
        Assert.True(File.Exists(path));
        Assert.True((await store.CheckHealthAsync(TestContext.Current.CancellationToken)).Reachable);
    }

    [Fact]
    public void AddGraphStorage_UnknownStore_FailsAtRegistrationNamingTheChoices()
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Graph:Store"] = "Oracle" })
            .Build();

        var error = Assert.Throws<InvalidOperationException>(() => new ServiceCollection().AddGraphStorage(configuration));

        Assert.Contains("'Oracle'", error.Message, StringComparison.Ordinal);
        Assert.Contains(GraphStorageOptions.SqliteStore, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AddGraphStorage_NegativeBusyTimeout_FailsStartupValidation()
    {
        using var provider = Build(new()
        {
            ["Graph:Database"] = Path.Combine(_directory.Path, "graph.db"),
            ["Graph:Sqlite:BusyTimeout"] = "-00:00:01",
        });

        var error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IStartupValidator>().Validate());

        Assert.Contains("BusyTimeout", error.Message, StringComparison.Ordinal);
    }
}
