using Graph.Core;
using Graph.Core.Domain;
using Graph.Core.Querying;
using static Graph.Storage.Tests.ContractFixtureGraph;

namespace Graph.Storage.Tests;

public abstract partial class GraphStoreContractTests
{
    private async Task<List<string>> EntityIdsAsync(
        EntityKind kind, EntityFilter? where, params Sort<EntitySortField>[] order)
    {
        var page = await Store.ListEntitiesAsync(new EntityQuery(kind, where, order, PageRequest.FirstPage(100)), Ct);
        Assert.False(page.HasNextPage);
        Assert.Equal(page.Edges.Count, await Store.CountEntitiesAsync(kind, where, Ct));
        return page.Edges.Select(e => e.Node.Id).ToList();
    }

    [Fact]
    public async Task ListEntitiesAsync_NoOrder_SortsByNameIgnoringCase()
    {
        Assert.Equal([Dpo, Lora, Moe, QLora, Rlhf], await EntityIdsAsync(EntityKind.Method, null));
        Assert.Equal(
            [ContinualLearning, QuestionAnswering, Reasoning],
            await EntityIdsAsync(EntityKind.Topic, null));
    }

    [Fact]
    public async Task ListEntitiesAsync_ByPaperCountDescending_BreaksTiesById()
    {
        var ids = await EntityIdsAsync(EntityKind.Method, null, new Sort<EntitySortField>(EntitySortField.PaperCount, SortDirection.Desc));

        Assert.Equal([Lora, QLora, Dpo, Moe, Rlhf], ids);
    }

    [Fact]
    public async Task ListEntitiesAsync_ByNameDescending_ReversesTheNameOrder()
    {
        var ids = await EntityIdsAsync(EntityKind.Dataset, null, new Sort<EntitySortField>(EntitySortField.Name, SortDirection.Desc));

        Assert.Equal([Squad, Mmlu, Gsm8k, GlobalMmlu], ids);
    }

    [Fact]
    public async Task ListEntitiesAsync_PaperCountFilters_CompareTheNumberOfLinkedPapers()
    {
        Assert.Equal([Rlhf], await EntityIdsAsync(EntityKind.Method, new() { PaperCount = new() { Eq = 0 } }));
        Assert.Equal([Lora, QLora], await EntityIdsAsync(EntityKind.Method, new() { PaperCount = new() { Gte = 2 } }));
        Assert.Equal([Bert, Llama], await EntityIdsAsync(EntityKind.Model, new() { PaperCount = new() { In = [3, 4] } }));
    }

    [Fact]
    public async Task ListEntitiesAsync_NameAndIdFilters_MatchLikePaperFilters()
    {
        Assert.Equal([Dpo, Lora, Moe, QLora], await EntityIdsAsync(EntityKind.Method, new() { Name = new() { Contains = "O" } }));
        Assert.Equal([QLora], await EntityIdsAsync(EntityKind.Method, new() { Id = new() { StartsWith = "method:q" } }));
        Assert.Equal([Dpo, Lora, Moe, QLora], await EntityIdsAsync(EntityKind.Method, new() { Name = new() { Neq = "RLHF" } }));
    }

    [Fact]
    public async Task ListEntitiesAsync_OrOfNameAndPaperCount_KeepsEitherMatch()
    {
        var where = new EntityFilter
        {
            Or = [new() { Name = new() { Eq = "DPO" } }, new() { PaperCount = new() { Gt = 3 } }],
        };

        Assert.Equal([Dpo, Lora], await EntityIdsAsync(EntityKind.Method, where));
    }

    [Fact]
    public async Task ListEntitiesAsync_PagingForwardsAndBackwards_WalksTheList()
    {
        var first = await Store.ListEntitiesAsync(new EntityQuery(EntityKind.Dataset, null, [], PageRequest.FirstPage(2)), Ct);
        var second = await Store.ListEntitiesAsync(
            new EntityQuery(EntityKind.Dataset, null, [], new PageRequest(First: 2, After: first.EndCursor)), Ct);
        var back = await Store.ListEntitiesAsync(
            new EntityQuery(EntityKind.Dataset, null, [], new PageRequest(Last: 2, Before: second.StartCursor)), Ct);

        Assert.Equal([GlobalMmlu, Gsm8k], first.Edges.Select(e => e.Node.Id));
        Assert.True(first.HasNextPage);
        Assert.Equal([Mmlu, Squad], second.Edges.Select(e => e.Node.Id));
        Assert.False(second.HasNextPage);
        Assert.True(second.HasPreviousPage);
        Assert.Equal([GlobalMmlu, Gsm8k], back.Edges.Select(e => e.Node.Id));
        Assert.False(back.HasPreviousPage);
        Assert.Equal(Json(Entity(GlobalMmlu)), Json(first.Edges[0].Node));
    }

    [Fact]
    public async Task ListEntitiesAsync_CursorFromAnotherKind_RaisesInvalidCursor()
    {
        var datasets = await Store.ListEntitiesAsync(new EntityQuery(EntityKind.Dataset, null, [], PageRequest.FirstPage(2)), Ct);

        await AssertQueryErrorAsync(
            ErrorCodes.InvalidCursor,
            () => Store.ListEntitiesAsync(
                new EntityQuery(EntityKind.Method, null, [], new PageRequest(First: 2, After: datasets.EndCursor)), Ct));
    }

    [Fact]
    public async Task CountEntitiesAsync_Filters_CountMatchingTermsOfTheKind()
    {
        Assert.Equal(4, await Store.CountEntitiesAsync(EntityKind.Method, new() { PaperCount = new() { Gt = 0 } }, Ct));
        Assert.Equal(3, await Store.CountEntitiesAsync(EntityKind.Topic, null, Ct));
        Assert.Equal(0, await Store.CountEntitiesAsync(EntityKind.Model, new() { Name = new() { Eq = "GPT" } }, Ct));
    }
}
