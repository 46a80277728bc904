using Graph.Core.Storage;
using Graph.Storage.Sqlite;

namespace Graph.Storage.Tests.Sqlite;

/// <summary>The store contract on SQLite: every test gets its own database files in a temporary directory.</summary>
public sealed class SqliteGraphStoreContractTests : GraphStoreContractTests
{
    private readonly TemporaryDirectory _directory = new();
    private readonly List<SqliteGraphStore> _stores = [];

    protected override async Task<IGraphStore> CreateStoreAsync()
    {
        var store = new SqliteGraphStore(new SqliteOptions { DatabasePath = _directory.NewFile() });
        _stores.Add(store);
        await store.InitializeAsync(Ct);
        return store;
    }

    public override async ValueTask DisposeAsync()
    {
        foreach (var store in _stores)
        {
            store.Dispose();
        }

        _directory.Dispose();
        await base.DisposeAsync();
    }
}
