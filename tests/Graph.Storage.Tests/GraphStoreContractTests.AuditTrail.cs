using Graph.Core;
using Graph.Core.Curation;
using Graph.Core.Querying;
using static Graph.Storage.Tests.ContractFixtureGraph;

namespace Graph.Storage.Tests;

public abstract partial class GraphStoreContractTests
{
    [Fact]
    public async Task GetChangesAsync_AfterIngestionOnly_IsEmpty()
    {
        await Store.WriteAsync(Batch, cancellationToken: Ct);

        var page = await Store.GetChangesAsync(null, PageRequest.FirstPage(10), Ct);

        Assert.Empty(page.Edges);
        Assert.False(page.HasNextPage);
        Assert.False(page.HasPreviousPage);
    }

    [Fact]
    public async Task ApplyAsync_SeveralChanges_RecordsEachAsTheTrailShowsItNewestFirst()
    {
        var eastern = new DateTimeOffset(2026, 3, 2, 11, 31, 0, TimeSpan.FromHours(2));

        var first = await Store.ApplyAsync(new LinkPaper(Link(P01, Dpo)), new ChangeContext("ada", ChangedAt, "link DPO"), Ct);
        var second = await Store.ApplyAsync(new UnlinkPaper(P01, Squad), new ChangeContext("grace", eastern, "no SQuAD"), Ct);
        var third = await Store.ApplyAsync(new RemovePaper(P12), new ChangeContext("alan", ChangedAt.AddMinutes(2), ""), Ct);

        Assert.True(first.Sequence < second.Sequence && second.Sequence < third.Sequence);
        Assert.Equal(
            Json(new ChangeRecord(second.Sequence, ChangedAt.AddMinutes(1), "grace", "unlinkPaper", [P01, Squad], "no SQuAD")),
            Json(second));
        Assert.Equal(TimeSpan.Zero, second.At.Offset);
        Assert.Equal(
            Json(new ChangeRecord(third.Sequence, ChangedAt.AddMinutes(2), "alan", "removePaper", [P12], "")),
            Json(third));
        Assert.Equal(Json(new[] { third, second, first }), Json(await TrailAsync()));
    }

    [Fact]
    public async Task GetChangesAsync_PagingForwardsAndBackwards_WalksTheTrailNewestFirst()
    {
        var records = new List<ChangeRecord>();
        foreach (var term in new[] { Lora, Dpo, Moe, Rlhf, QLora })
        {
            records.Add(await ApplyAsync(new LinkPaper(Link(P12, term))));
        }

        var newestFirst = records.Select(r => r.Sequence).Reverse().ToList();

        var page1 = await Store.GetChangesAsync(null, new PageRequest(First: 2), Ct);
        var page2 = await Store.GetChangesAsync(null, new PageRequest(First: 2, After: page1.EndCursor), Ct);
        var page3 = await Store.GetChangesAsync(null, new PageRequest(First: 2, After: page2.EndCursor), Ct);
        Assert.Equal(newestFirst, new[] { page1, page2, page3 }.SelectMany(p => p.Edges).Select(e => e.Node.Sequence));
        Assert.Equal([(true, false), (true, true), (false, true)], new[] { page1, page2, page3 }.Select(p => (p.HasNextPage, p.HasPreviousPage)));

        var last1 = await Store.GetChangesAsync(null, new PageRequest(Last: 2), Ct);
        var last2 = await Store.GetChangesAsync(null, new PageRequest(Last: 2, Before: last1.StartCursor), Ct);
        var last3 = await Store.GetChangesAsync(null, new PageRequest(Last: 2, Before: last2.StartCursor), Ct);
        Assert.Equal(newestFirst, new[] { last3, last2, last1 }.SelectMany(p => p.Edges).Select(e => e.Node.Sequence));
        Assert.Equal([(false, true), (true, true), (true, false)], new[] { last1, last2, last3 }.Select(p => (p.HasNextPage, p.HasPreviousPage)));
    }

    [Fact]
    public async Task GetChangesAsync_ForANode_ListsOnlyTheChangesThatTouchedIt()
    {
        var linkP01 = await ApplyAsync(new LinkPaper(Link(P01, Dpo)));
        var linkP02 = await ApplyAsync(new LinkPaper(Link(P02, Dpo)));
        var unlink = await ApplyAsync(new UnlinkPaper(P01, Squad));
        var linkP12 = await ApplyAsync(new LinkPaper(Link(P12, Bert)));

        Assert.Equal([linkP02.Sequence, linkP01.Sequence], (await TrailAsync(Dpo)).Select(r => r.Sequence));
        Assert.Equal([unlink.Sequence, linkP01.Sequence], (await TrailAsync(P01)).Select(r => r.Sequence));
        Assert.Equal([unlink.Sequence], (await TrailAsync(Squad)).Select(r => r.Sequence));
        Assert.Equal([linkP12.Sequence], (await TrailAsync(Bert)).Select(r => r.Sequence));
        Assert.Empty(await TrailAsync(Lora));
        Assert.Empty(await TrailAsync("arxiv:0000.00000"));

        var first = await Store.GetChangesAsync(Dpo, PageRequest.FirstPage(1), Ct);
        var second = await Store.GetChangesAsync(Dpo, new PageRequest(First: 1, After: first.EndCursor), Ct);
        Assert.Equal(Json(linkP02), Json(Assert.Single(first.Edges).Node));
        Assert.True(first.HasNextPage);
        Assert.Equal(Json(linkP01), Json(Assert.Single(second.Edges).Node));
        Assert.False(second.HasNextPage);
    }

    [Fact]
    public async Task GetChangesAsync_RemovedPaperAndMergedTerm_KeepTheirTrail()
    {
        var link = await ApplyAsync(new LinkPaper(Link(P12, Rlhf)));
        var remove = await ApplyAsync(new RemovePaper(P12));
        var merge = await ApplyAsync(new MergeTerms(Dpo, Rlhf));

        Assert.Equal([remove.Sequence, link.Sequence], (await TrailAsync(P12)).Select(r => r.Sequence));
        Assert.Equal([merge.Sequence, link.Sequence], (await TrailAsync(Rlhf)).Select(r => r.Sequence));
        Assert.Equal([merge.Sequence], (await TrailAsync(Dpo)).Select(r => r.Sequence));
    }

    [Fact]
    public async Task GetChangesAsync_BadPaging_RaisesTheMatchingError()
    {
        await ApplyAsync(new LinkPaper(Link(P12, Bert)));
        var paperCursor = (await Store.ListPapersAsync(new PaperQuery(null, [], PageRequest.FirstPage(1)), Ct)).EndCursor;

        await AssertQueryErrorAsync(ErrorCodes.InvalidPaging, () => Store.GetChangesAsync(null, new PageRequest(First: -1), Ct));
        await AssertQueryErrorAsync(ErrorCodes.InvalidPaging, () => Store.GetChangesAsync(null, new PageRequest(First: 1, Last: 1), Ct));
        await AssertQueryErrorAsync(ErrorCodes.PageSizeExceeded, () => Store.GetChangesAsync(P12, new PageRequest(First: 101), Ct));
        await AssertQueryErrorAsync(ErrorCodes.InvalidCursor, () => Store.GetChangesAsync(null, new PageRequest(After: "not-a-cursor"), Ct));
        await AssertQueryErrorAsync(ErrorCodes.InvalidCursor, () => Store.GetChangesAsync(P12, new PageRequest(After: paperCursor), Ct));
        await AssertQueryErrorAsync(ErrorCodes.InvalidArgument, () => Store.GetChangesAsync(" ", PageRequest.FirstPage(1), Ct));
    }

    [Theory]
    [InlineData("", "summary")]
    [InlineData("  ", "summary")]
    [InlineData("ada", null)]
    public async Task ApplyAsync_ContextWithoutActorOrSummary_RaisesInvalidArgument(string actor, string? summary)
    {
        await AssertRefusedAsync(
            ErrorCodes.InvalidArgument, new LinkPaper(Link(P12, Bert)), new ChangeContext(actor, ChangedAt, summary!));
    }

    [Fact]
    public async Task ApplyAsync_TokenAlreadyCancelled_WritesNothing()
    {
        var before = await SnapshotAsync(Store);
        using var cancellation = new CancellationTokenSource();
        await cancellation.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(
            () => Store.ApplyAsync(new RemovePaper(P01), Curator(), cancellation.Token));

        Assert.Equal(before, await SnapshotAsync(Store));
    }
}
