using System.Text.Json;
using Graph.Core;
using Graph.Core.Domain;
using Graph.Core.Querying;
using Graph.Core.Storage;

namespace Graph.Storage.Tests;

/// <summary>
/// The behaviour every <see cref="IGraphStore"/> backend must show, with answers worked out by hand from
/// <see cref="ContractFixtureGraph"/>. A backend runs it by deriving a class that creates fresh, empty,
/// initialized stores. Nothing here knows which backend it talks to.
/// </summary>
public abstract partial class GraphStoreContractTests : IAsyncLifetime
{
    private IGraphStore? _store;

    /// <summary>A store holding the fixture graph, fresh for each test.</summary>
    protected IGraphStore Store => _store ?? throw new InvalidOperationException("The store is not created yet.");

    protected static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>Creates a new, empty, initialized store; the derived class cleans it up when the test ends.</summary>
    protected abstract Task<IGraphStore> CreateStoreAsync();

    public async ValueTask InitializeAsync()
    {
        _store = await CreateStoreAsync();
        await _store.WriteAsync(ContractFixtureGraph.Batch, cancellationToken: Ct);
    }

    public virtual ValueTask DisposeAsync()
    {
        GC.SuppressFinalize(this);
        return ValueTask.CompletedTask;
    }

    /// <summary>A structural rendering, so records holding lists can be compared by value.</summary>
    protected static string Json<T>(T value) => JsonSerializer.Serialize(value);

    protected static List<string> Ids(Page<Paper> page) => page.Edges.Select(e => e.Node.Id).ToList();

    protected async Task<List<string>> PaperIdsAsync(
        PaperFilter? where, params Sort<PaperSortField>[] order)
    {
        var page = await Store.ListPapersAsync(new PaperQuery(where, order, PageRequest.FirstPage(100)), Ct);
        Assert.False(page.HasNextPage);
        return Ids(page);
    }

    /// <summary>The ids of the papers a filter keeps, in id order.</summary>
    protected async Task<List<string>> MatchingAsync(PaperFilter where)
    {
        var ids = await PaperIdsAsync(where);
        Assert.Equal(ids.Count, await Store.CountPapersAsync(where, Ct));
        return ids.Order(StringComparer.Ordinal).ToList();
    }

    protected static List<string> Sorted(params string[] ids) => ids.Order(StringComparer.Ordinal).ToList();

    protected static async Task<GraphQueryException> AssertQueryErrorAsync(string code, Func<Task> action)
    {
        var error = await Assert.ThrowsAsync<GraphQueryException>(action);
        Assert.Equal(code, error.Code);
        return error;
    }

    /// <summary>
    /// Everything observable about the graph and its audit trail, for comparing a store before and after a write.
    /// </summary>
    protected static async Task<string> SnapshotAsync(IGraphStore store)
    {
        var papers = new List<PaperGraph>();
        await foreach (var paper in store.ReadAllPapersAsync(Ct))
        {
            papers.Add(paper);
        }

        return Json(new
        {
            Stats = await store.GetStatsAsync(Ct),
            Entities = await store.GetAllEntitiesAsync(Ct),
            Counts = await store.CountPapersAsync(ContractFixtureGraph.Entities.Select(e => e.Id).ToList(), Ct),
            Papers = papers,
            Changes = (await store.GetChangesAsync(null, PageRequest.FirstPage(PageRequest.MaxSize), Ct)).Edges,
        });
    }

    /// <summary>The fixture's papers as a store returns them: links ordered by term id.</summary>
    protected static PaperGraph Normalized(PaperGraph graph) => graph with
    {
        Mentions = graph.Mentions.OrderBy(m => m.EntityId, StringComparer.Ordinal).ToList(),
    };
}
