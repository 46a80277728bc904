using Graph.Core;
using Graph.Core.Domain;
using Graph.Core.Querying;
using static Graph.Storage.Tests.ContractFixtureGraph;

namespace Graph.Storage.Tests;

public abstract partial class GraphStoreContractTests
{
    /// <summary>Newest first; P01 and P08 share a date (id breaks the tie); undated P06, P09 last.</summary>
    private static readonly string[] NewestFirst = [P12, P11, P05, P04, P03, P02, P01, P08, P07, P10, P06, P09];

    private static readonly Sort<PaperSortField>[] ByAuthorCountThenTitleDesc =
        [new(PaperSortField.AuthorCount, SortDirection.Asc), new(PaperSortField.Title, SortDirection.Desc)];

    public static TheoryData<PaperSortField, SortDirection, string[]> SingleKeyOrders => new()
    {
        { PaperSortField.PublishedOn, SortDirection.Desc, NewestFirst },
        { PaperSortField.PublishedOn, SortDirection.Asc, [P10, P07, P01, P08, P02, P03, P04, P05, P11, P12, P06, P09] },
        { PaperSortField.Upvotes, SortDirection.Desc, [P01, P08, P02, P04, P03, P11, P06, P10, P07, P12, P05, P09] },
        { PaperSortField.Upvotes, SortDirection.Asc, [P12, P07, P10, P06, P11, P03, P04, P02, P01, P08, P05, P09] },
        { PaperSortField.AuthorCount, SortDirection.Desc, [P04, P02, P08, P01, P05, P10, P11, P06, P12, P03, P07, P09] },
        { PaperSortField.Title, SortDirection.Asc, [P07, P09, P06, P04, P01, P03, P05, P11, P10, P02, P08, P12] },
        { PaperSortField.Title, SortDirection.Desc, [P12, P08, P02, P10, P11, P05, P03, P01, P04, P06, P09, P07] },
    };

    [Fact]
    public async Task ListPapersAsync_NoOrder_SortsNewestFirstWithUndatedLast()
    {
        Assert.Equal(NewestFirst, await PaperIdsAsync(null));
    }

    [Theory]
    [MemberData(nameof(SingleKeyOrders))]
    public async Task ListPapersAsync_SingleKeyOrder_SortsMissingValuesLastAndTiesById(
        PaperSortField field, SortDirection direction, string[] expected)
    {
        Assert.Equal(expected, await PaperIdsAsync(null, new Sort<PaperSortField>(field, direction)));
    }

    [Fact]
    public async Task ListPapersAsync_TwoKeys_SortsByTheSecondWithinTiesOfTheFirst()
    {
        Assert.Equal(
            [P12, P06, P10, P11, P05, P01, P08, P02, P04, P03, P09, P07],
            await PaperIdsAsync(null, ByAuthorCountThenTitleDesc));
    }

    [Theory]
    [MemberData(nameof(SingleKeyOrders))]
    public async Task ListPapersAsync_PagingForwards_WalksTheWholeListInOrder(
        PaperSortField field, SortDirection direction, string[] expected)
    {
        Assert.Equal(expected, await WalkForwardAsync([new(field, direction)], 5));
    }

    [Theory]
    [MemberData(nameof(SingleKeyOrders))]
    public async Task ListPapersAsync_PagingBackwards_WalksTheWholeListInOrder(
        PaperSortField field, SortDirection direction, string[] expected)
    {
        Assert.Equal(expected, await WalkBackwardAsync([new(field, direction)], 5));
    }

    [Fact]
    public async Task ListPapersAsync_PagingTwoKeysBothWays_MatchesTheUnpagedOrder()
    {
        var unpaged = await PaperIdsAsync(null, ByAuthorCountThenTitleDesc);

        Assert.Equal(unpaged, await WalkForwardAsync(ByAuthorCountThenTitleDesc, 4));
        Assert.Equal(unpaged, await WalkBackwardAsync(ByAuthorCountThenTitleDesc, 4));
        Assert.Equal(unpaged, await WalkForwardAsync(ByAuthorCountThenTitleDesc, 1));
    }

    [Fact]
    public async Task ListPapersAsync_FilteredPages_PageOverTheMatchesOnly()
    {
        var where = new PaperFilter { Datasets = new() { Any = true } };
        var first = await Store.ListPapersAsync(new PaperQuery(where, [], PageRequest.FirstPage(3)), Ct);
        var second = await Store.ListPapersAsync(new PaperQuery(where, [], new PageRequest(First: 3, After: first.EndCursor)), Ct);
        var third = await Store.ListPapersAsync(new PaperQuery(where, [], new PageRequest(First: 3, After: second.EndCursor)), Ct);

        Assert.Equal([P11, P05, P04], Ids(first));
        Assert.Equal([P03, P02, P01], Ids(second));
        Assert.Equal([P08, P07], Ids(third));
        Assert.True(first.HasNextPage);
        Assert.False(first.HasPreviousPage);
        Assert.True(second.HasNextPage);
        Assert.True(second.HasPreviousPage);
        Assert.False(third.HasNextPage);
    }

    [Fact]
    public async Task ListPapersAsync_LastWithoutCursor_ReturnsTheEndOfTheListInListOrder()
    {
        var page = await Store.ListPapersAsync(new PaperQuery(null, [], new PageRequest(Last: 3)), Ct);

        Assert.Equal([P10, P06, P09], Ids(page));
        Assert.True(page.HasPreviousPage);
        Assert.False(page.HasNextPage);
    }

    [Fact]
    public async Task ListPapersAsync_BeforeACursor_ReturnsTheItemsJustBeforeIt()
    {
        var all = await Store.ListPapersAsync(new PaperQuery(null, [], PageRequest.FirstPage(12)), Ct);

        var page = await Store.ListPapersAsync(
            new PaperQuery(null, [], new PageRequest(Last: 2, Before: all.Edges[7].Cursor)), Ct);

        Assert.Equal([P02, P01], Ids(page));
        Assert.True(page.HasPreviousPage);
        Assert.True(page.HasNextPage);
    }

    [Fact]
    public async Task ListPapersAsync_FirstPageHoldsEverything_ReportsNoFurtherPages()
    {
        var page = await Store.ListPapersAsync(new PaperQuery(null, [], PageRequest.FirstPage(12)), Ct);

        Assert.Equal(12, page.Edges.Count);
        Assert.False(page.HasNextPage);
        Assert.False(page.HasPreviousPage);
        Assert.Equal(page.Edges[0].Cursor, page.StartCursor);
        Assert.Equal(page.Edges[^1].Cursor, page.EndCursor);
    }

    [Fact]
    public async Task ListPapersAsync_AfterTheLastItem_ReturnsAnEmptyPage()
    {
        var all = await Store.ListPapersAsync(new PaperQuery(null, [], PageRequest.FirstPage(12)), Ct);

        var page = await Store.ListPapersAsync(
            new PaperQuery(null, [], new PageRequest(First: 5, After: all.EndCursor)), Ct);

        Assert.Empty(page.Edges);
        Assert.False(page.HasNextPage);
        Assert.Null(page.EndCursor);
    }

    [Theory]
    [InlineData("not a cursor")]
    [InlineData("")]
    [InlineData("WyJwYXBlcnMiXQ")]
    public async Task ListPapersAsync_MalformedCursor_RaisesInvalidCursor(string cursor)
    {
        await AssertQueryErrorAsync(
            ErrorCodes.InvalidCursor,
            () => Store.ListPapersAsync(new PaperQuery(null, [], new PageRequest(First: 5, After: cursor)), Ct));
    }

    [Fact]
    public async Task ListPapersAsync_CursorFromAnotherOrdering_RaisesInvalidCursor()
    {
        var byTitle = new Sort<PaperSortField>[] { new(PaperSortField.Title, SortDirection.Asc) };
        var page = await Store.ListPapersAsync(new PaperQuery(null, byTitle, PageRequest.FirstPage(3)), Ct);

        await AssertQueryErrorAsync(
            ErrorCodes.InvalidCursor,
            () => Store.ListPapersAsync(new PaperQuery(null, [], new PageRequest(First: 3, After: page.EndCursor)), Ct));
        await AssertQueryErrorAsync(
            ErrorCodes.InvalidCursor,
            () => Store.ListPapersAsync(
                new PaperQuery(null, [new(PaperSortField.Title, SortDirection.Desc)], new PageRequest(First: 3, After: page.EndCursor)), Ct));
    }

    [Fact]
    public async Task ListPapersAsync_CursorFromTheTermList_RaisesInvalidCursor()
    {
        var terms = await Store.ListEntitiesAsync(new EntityQuery(EntityKind.Method, null, [], PageRequest.FirstPage(2)), Ct);

        await AssertQueryErrorAsync(
            ErrorCodes.InvalidCursor,
            () => Store.ListPapersAsync(new PaperQuery(null, [], new PageRequest(First: 3, After: terms.EndCursor)), Ct));
    }

    [Fact]
    public async Task ListPapersAsync_PageLargerThanTheMaximum_RaisesPageSizeExceeded()
    {
        await AssertQueryErrorAsync(
            ErrorCodes.PageSizeExceeded,
            () => Store.ListPapersAsync(new PaperQuery(null, [], PageRequest.FirstPage(101)), Ct));
        await AssertQueryErrorAsync(
            ErrorCodes.PageSizeExceeded,
            () => Store.ListPapersAsync(new PaperQuery(null, [], new PageRequest(Last: 500)), Ct));
    }

    [Fact]
    public async Task ListPapersAsync_ContradictoryPaging_RaisesInvalidPaging()
    {
        await AssertQueryErrorAsync(
            ErrorCodes.InvalidPaging,
            () => Store.ListPapersAsync(new PaperQuery(null, [], new PageRequest(First: -1)), Ct));
        await AssertQueryErrorAsync(
            ErrorCodes.InvalidPaging,
            () => Store.ListPapersAsync(new PaperQuery(null, [], new PageRequest(First: 2, Last: 2)), Ct));
    }

    private async Task<List<string>> WalkForwardAsync(IReadOnlyList<Sort<PaperSortField>> order, int size)
    {
        var ids = new List<string>();
        string? after = null;
        for (var pages = 0; pages < 50; pages++)
        {
            var page = await Store.ListPapersAsync(new PaperQuery(null, order, new PageRequest(First: size, After: after)), Ct);
            Assert.Equal(after is not null, page.HasPreviousPage);
            Assert.True(page.Edges.Count <= size);
            ids.AddRange(Ids(page));
            if (!page.HasNextPage)
            {
                return ids;
            }

            Assert.Equal(size, page.Edges.Count);
            after = page.EndCursor;
        }

        throw new InvalidOperationException("Paging forwards never reached the end.");
    }

    private async Task<List<string>> WalkBackwardAsync(IReadOnlyList<Sort<PaperSortField>> order, int size)
    {
        var ids = new List<string>();
        string? before = null;
        for (var pages = 0; pages < 50; pages++)
        {
            var page = await Store.ListPapersAsync(new PaperQuery(null, order, new PageRequest(Last: size, Before: before)), Ct);
            Assert.Equal(before is not null, page.HasNextPage);
            ids.InsertRange(0, Ids(page));
            if (!page.HasPreviousPage)
            {
                return ids;
            }

            Assert.Equal(size, page.Edges.Count);
            before = page.StartCursor;
        }

        throw new InvalidOperationException("Paging backwards never reached the start.");
    }
}
