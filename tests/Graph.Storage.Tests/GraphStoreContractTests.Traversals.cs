using Graph.Core;
using Graph.Core.Domain;
using Graph.Core.Querying;
using Graph.Core.Traversals;
using static Graph.Storage.Tests.ContractFixtureGraph;

namespace Graph.Storage.Tests;

public abstract partial class GraphStoreContractTests
{
    private static List<(string Paper, string Shared)> Rows(Page<SharedBenchmarkPaper> page) =>
        page.Edges.Select(e => (e.Node.Paper.Id, string.Join(",", e.Node.SharedDatasetIds))).ToList();

    [Fact]
    public async Task PapersSharingBenchmarkAsync_ExactDatasets_RanksBySharedCountThenId()
    {
        var result = await Store.PapersSharingBenchmarkAsync([P01], false, PageRequest.FirstPage(10), Ct);

        var page = result[P01];
        Assert.Equal(
            [(P08, $"{Mmlu},{Squad}"), (P02, Mmlu), (P05, Squad), (P07, Mmlu)],
            Rows(page));
        Assert.False(page.HasNextPage);
        Assert.Equal(Json(Paper(P08).Paper), Json(page.Edges[0].Node.Paper));
    }

    [Fact]
    public async Task PapersSharingBenchmarkAsync_WithVariants_CountsAVariantAsItsTopAncestor()
    {
        var result = await Store.PapersSharingBenchmarkAsync([P01], true, PageRequest.FirstPage(10), Ct);

        Assert.Equal(
            [(P08, $"{Mmlu},{Squad}"), (P02, Mmlu), (P03, Mmlu), (P05, Squad), (P07, Mmlu), (P11, Mmlu)],
            Rows(result[P01]));
    }

    [Fact]
    public async Task PapersSharingBenchmarkAsync_PaperOnAVariant_SharesOnlyTheVariantWithoutVariants()
    {
        var exact = await Store.PapersSharingBenchmarkAsync([P03], false, PageRequest.FirstPage(10), Ct);
        var family = await Store.PapersSharingBenchmarkAsync([P03], true, PageRequest.FirstPage(10), Ct);

        Assert.Equal([(P11, GlobalMmlu)], Rows(exact[P03]));
        Assert.Equal(
            [(P01, Mmlu), (P02, Mmlu), (P07, Mmlu), (P08, Mmlu), (P11, Mmlu)],
            Rows(family[P03]));
    }

    [Fact]
    public async Task PapersSharingBenchmarkAsync_SeveralPapers_AnswersEachAndLeavesOutUnknownIds()
    {
        var result = await Store.PapersSharingBenchmarkAsync(
            [P04, P10, "arxiv:0000.00000"], false, PageRequest.FirstPage(10), Ct);

        Assert.Equal([P04, P10], result.Keys.Order(StringComparer.Ordinal));
        Assert.Equal([(P02, Gsm8k), (P08, Gsm8k)], Rows(result[P04]));
        Assert.Empty(result[P10].Edges);
        Assert.False(result[P10].HasNextPage);
    }

    [Fact]
    public async Task PapersSharingBenchmarkAsync_PagedForwards_WalksTheRanking()
    {
        var first = (await Store.PapersSharingBenchmarkAsync([P01], true, PageRequest.FirstPage(2), Ct))[P01];
        var second = (await Store.PapersSharingBenchmarkAsync(
            [P01], true, new PageRequest(First: 2, After: first.EndCursor), Ct))[P01];
        var third = (await Store.PapersSharingBenchmarkAsync(
            [P01], true, new PageRequest(First: 2, After: second.EndCursor), Ct))[P01];

        Assert.Equal([P08, P02], first.Edges.Select(e => e.Node.Paper.Id));
        Assert.True(first.HasNextPage);
        Assert.Equal([P03, P05], second.Edges.Select(e => e.Node.Paper.Id));
        Assert.True(second.HasPreviousPage);
        Assert.Equal([P07, P11], third.Edges.Select(e => e.Node.Paper.Id));
        Assert.False(third.HasNextPage);
    }

    [Fact]
    public async Task PapersSharingBenchmarkAsync_PagedBackwards_ReturnsPagesInRankOrder()
    {
        var last = (await Store.PapersSharingBenchmarkAsync([P01], true, new PageRequest(Last: 4), Ct))[P01];
        var before = (await Store.PapersSharingBenchmarkAsync(
            [P01], true, new PageRequest(Last: 4, Before: last.StartCursor), Ct))[P01];

        Assert.Equal([P03, P05, P07, P11], last.Edges.Select(e => e.Node.Paper.Id));
        Assert.True(last.HasPreviousPage);
        Assert.Equal([P08, P02], before.Edges.Select(e => e.Node.Paper.Id));
        Assert.False(before.HasPreviousPage);
        Assert.True(before.HasNextPage);
    }

    [Fact]
    public async Task PapersSharingBenchmarkAsync_BadPaging_RaisesQueryErrors()
    {
        await AssertQueryErrorAsync(
            ErrorCodes.PageSizeExceeded,
            () => Store.PapersSharingBenchmarkAsync([P01], false, PageRequest.FirstPage(101), Ct));
        await AssertQueryErrorAsync(
            ErrorCodes.InvalidCursor,
            () => Store.PapersSharingBenchmarkAsync([P01], false, new PageRequest(First: 2, After: "bogus"), Ct));

        var withVariants = (await Store.PapersSharingBenchmarkAsync([P01], true, PageRequest.FirstPage(2), Ct))[P01];
        await AssertQueryErrorAsync(
            ErrorCodes.InvalidCursor,
            () => Store.PapersSharingBenchmarkAsync(
                [P01], false, new PageRequest(First: 2, After: withVariants.EndCursor), Ct));
    }

    [Fact]
    public async Task BenchmarkOverlapsAsync_MinimumTwo_ReturnsPairsSharingTwoDatasets()
    {
        var overlaps = await Store.BenchmarkOverlapsAsync(null, 2, 10, Ct);

        Assert.Equal(
            Json(new[]
            {
                new BenchmarkOverlap(P01, P08, [Mmlu, Squad]),
                new BenchmarkOverlap(P02, P08, [Gsm8k, Mmlu]),
            }),
            Json(overlaps));
    }

    [Fact]
    public async Task BenchmarkOverlapsAsync_MinimumOne_RanksMostSharedFirstThenByPaperIds()
    {
        var overlaps = await Store.BenchmarkOverlapsAsync(null, 1, 4, Ct);

        Assert.Equal(
            [(P01, P08, 2), (P02, P08, 2), (P01, P02, 1), (P01, P05, 1)],
            overlaps.Select(o => (o.PaperAId, o.PaperBId, o.SharedDatasetIds.Count)));
    }

    [Fact]
    public async Task BenchmarkOverlapsAsync_OneDataset_KeepsPairsSharingItAndListsAllTheyShare()
    {
        var overlaps = await Store.BenchmarkOverlapsAsync(Gsm8k, 1, 10, Ct);

        Assert.Equal(
            Json(new[]
            {
                new BenchmarkOverlap(P02, P08, [Gsm8k, Mmlu]),
                new BenchmarkOverlap(P02, P04, [Gsm8k]),
                new BenchmarkOverlap(P04, P08, [Gsm8k]),
            }),
            Json(overlaps));
    }

    [Fact]
    public async Task BenchmarkOverlapsAsync_BadArguments_RaiseQueryErrors()
    {
        await AssertQueryErrorAsync(ErrorCodes.InvalidArgument, () => Store.BenchmarkOverlapsAsync(null, 0, 10, Ct));
        await AssertQueryErrorAsync(ErrorCodes.PageSizeExceeded, () => Store.BenchmarkOverlapsAsync(null, 1, 101, Ct));
        await AssertQueryErrorAsync(ErrorCodes.InvalidPaging, () => Store.BenchmarkOverlapsAsync(null, 1, -1, Ct));
    }

    [Fact]
    public async Task RelatedPapersAsync_OnePaper_ScoresSharedTermsByKindWeight()
    {
        var related = (await Store.RelatedPapersAsync([P01], 20, Ct))[P01];

        Assert.Equal(
            [
                (P08, 2.5, $"{Mmlu},{Squad},{QuestionAnswering}"),
                (P02, 1.75, $"{Mmlu},{Llama}"),
                (P11, 1.75, $"{Lora},{Llama}"),
                (P05, 1.5, $"{Squad},{QuestionAnswering}"),
                (P06, 1.0, Lora),
                (P07, 1.0, Mmlu),
                (P09, 1.0, Lora),
                (P04, 0.75, Llama),
                (P03, 0.5, QuestionAnswering),
            ],
            related.Select(r => (r.Paper.Id, r.Score, string.Join(",", r.SharedEntityIds))));
    }

    [Fact]
    public async Task RelatedPapersAsync_First_KeepsTheBestAndAnswersEveryKnownPaper()
    {
        var related = await Store.RelatedPapersAsync([P01, P12, "arxiv:0000.00000"], 3, Ct);

        Assert.Equal([P01, P12], related.Keys.Order(StringComparer.Ordinal));
        Assert.Equal([P08, P02, P11], related[P01].Select(r => r.Paper.Id));
        Assert.Empty(related[P12]);
        Assert.Equal(Json(Paper(P08).Paper), Json(related[P01][0].Paper));
    }

    [Fact]
    public async Task CoOccurringAsync_DatasetWithMethods_CountsSharedPapersThenOrdersById()
    {
        var terms = await Store.CoOccurringAsync(Mmlu, EntityKind.Method, 10, Ct);

        Assert.Equal([new CoOccurrence(Lora, 1), new CoOccurrence(QLora, 1)], terms);
    }

    [Fact]
    public async Task CoOccurringAsync_ModelWithDatasets_RanksMostSharedFirstAndRespectsFirst()
    {
        var terms = await Store.CoOccurringAsync(Llama, EntityKind.Dataset, 3, Ct);

        Assert.Equal([new CoOccurrence(Gsm8k, 2), new CoOccurrence(Mmlu, 2), new CoOccurrence(GlobalMmlu, 1)], terms);
    }

    [Fact]
    public async Task CoOccurringAsync_SameKind_LeavesOutTheTermItself()
    {
        var terms = await Store.CoOccurringAsync(Lora, EntityKind.Method, 10, Ct);

        Assert.Equal([new CoOccurrence(QLora, 1)], terms);
    }

    [Fact]
    public async Task CoOccurringAsync_UnusedOrUnknownTerm_ReturnsNothing()
    {
        Assert.Empty(await Store.CoOccurringAsync(Rlhf, EntityKind.Dataset, 10, Ct));
        Assert.Empty(await Store.CoOccurringAsync("dataset:unknown", EntityKind.Method, 10, Ct));
    }

    [Fact]
    public async Task TrendAsync_Term_CountsPapersPerMonthOldestFirstAndSkipsUndated()
    {
        Assert.Equal(
            [new MonthlyCount(2023, 12, 1), new MonthlyCount(2024, 1, 2), new MonthlyCount(2024, 2, 1)],
            await Store.TrendAsync(Mmlu, Ct));
        Assert.Equal([new MonthlyCount(2024, 1, 1), new MonthlyCount(2024, 4, 1)], await Store.TrendAsync(Lora, Ct));
        Assert.Empty(await Store.TrendAsync(Rlhf, Ct));
        Assert.Empty(await Store.TrendAsync("method:unknown", Ct));
    }
}
