using Graph.Core;
using Graph.Core.Domain;
using static Graph.Storage.Tests.ContractFixtureGraph;

namespace Graph.Storage.Tests;

public abstract partial class GraphStoreContractTests
{
    [Fact]
    public async Task WriteAsync_FixtureIntoEmptyStore_ReportsWhatWasWritten()
    {
        var store = await CreateStoreAsync();

        var summary = await store.WriteAsync(Batch, cancellationToken: Ct);

        Assert.Equal(12, summary.Papers);
        Assert.Equal(14, summary.Entities);
        Assert.Equal(2, summary.Candidates);
        Assert.Equal(8, summary.LinksByKind[EntityKind.Method]);
        Assert.Equal(12, summary.LinksByKind[EntityKind.Dataset]);
        Assert.Equal(8, summary.LinksByKind[EntityKind.Topic]);
        Assert.Equal(7, summary.LinksByKind[EntityKind.Model]);
    }

    [Fact]
    public async Task WriteAsync_WithProgress_ReportsEachPaperInOrder()
    {
        var store = await CreateStoreAsync();
        var reported = new List<int>();

        await store.WriteAsync(Batch, new InlineProgress(reported.Add), Ct);

        Assert.Equal(Enumerable.Range(1, 12), reported);
    }

    [Fact]
    public async Task WriteAsync_SameBatchTwice_LeavesTheSameGraph()
    {
        var before = await SnapshotAsync(Store);

        await Store.WriteAsync(Batch, cancellationToken: Ct);

        Assert.Equal(before, await SnapshotAsync(Store));
        var mentions = await Store.GetMentionsAsync(AllPaperIds, cancellationToken: Ct);
        Assert.Equal(35, mentions.Count);
    }

    [Fact]
    public async Task WriteAsync_PaperRewritten_ReplacesItsRowLinksAuthorsAndCandidates()
    {
        var original = Paper(P02);
        var rewritten = new PaperGraph(
            original.Paper with { Title = "QLoRA Revisited", Authors = ["Ada Lovelace"], Organization = "Globex Research" },
            [new Mention(P02, Dpo, EntityKind.Method, [])],
            []);

        await Store.WriteAsync(new GraphBatch([], [rewritten]), cancellationToken: Ct);

        var paper = Assert.Single(await Store.GetPapersAsync([P02], Ct));
        Assert.Equal(Json(rewritten.Paper), Json(paper));
        var mention = Assert.Single(await Store.GetMentionsAsync([P02], cancellationToken: Ct));
        Assert.Equal(Dpo, mention.EntityId);
        var counts = await Store.CountPapersAsync([QLora, Mmlu, Gsm8k, Dpo, Llama], Ct);
        Assert.Equal(1, counts[QLora]);
        Assert.Equal(3, counts[Mmlu]);
        Assert.Equal(2, counts[Gsm8k]);
        Assert.Equal(2, counts[Dpo]);
        Assert.Equal(3, counts[Llama]);

        // Grace Hopper and Edsger Dijkstra lost a paper each; Edsger wrote no other, so he is gone.
        var stats = await Store.GetStatsAsync(Ct);
        Assert.Equal(5, stats.NodesByLabel[nameof(NodeLabel.Author)]);
        Assert.Equal(2, stats.NodesByLabel[nameof(NodeLabel.Organization)]);
        Assert.Equal(9, stats.RelationshipsByType[RelationshipType.AuthoredBy]);
        Assert.Equal(4, stats.RelationshipsByType[RelationshipType.PublishedBy]);
        Assert.Empty(await Store.GetNodesAsync([EdsgerDijkstra], Ct));
        var export = new List<PaperGraph>();
        await foreach (var graph in Store.ReadAllPapersAsync(Ct))
        {
            export.Add(graph);
        }

        Assert.Empty(export.Single(g => g.Paper.Id == P02).Candidates);
    }

    [Fact]
    public async Task WriteAsync_EntityUpserted_ReplacesItsFieldsAndKeepsItsLinks()
    {
        var renamed = Entity(Squad) with { Name = "SQuAD 2.0", Aliases = ["Stanford QA"], Description = "Reading." };

        await Store.WriteAsync(new GraphBatch([renamed], []), cancellationToken: Ct);

        Assert.Equal(Json(renamed), Json(Assert.Single(await Store.GetEntitiesAsync([Squad], Ct))));
        Assert.Equal(3, (await Store.CountPapersAsync([Squad], Ct))[Squad]);
        Assert.Equal(Squad, (await Store.FindEntityAsync(EntityKind.Dataset, "stanford qa", Ct))?.Id);
        Assert.Null(await Store.FindEntityAsync(EntityKind.Dataset, "SQuAD", Ct));
    }

    [Fact]
    public async Task WriteAsync_LinkToUnknownTermMidway_RaisesInvalidArgumentAndKeepsNothing()
    {
        var before = await SnapshotAsync(Store);
        var newTerm = new Entity("method:speculative-decoding", EntityKind.Method, "Speculative Decoding", [], null, null);
        var batch = new GraphBatch(
            [newTerm],
            [
                NewPaper("arxiv:2501.00001", "Fast Decoding", newTerm.Id, Mmlu),
                Paper(P01) with { Paper = Paper(P01).Paper with { Title = "Changed Title" } },
                NewPaper("arxiv:2501.00002", "Broken Links", "method:does-not-exist"),
            ]);

        await AssertQueryErrorAsync(ErrorCodes.InvalidArgument, () => Store.WriteAsync(batch, cancellationToken: Ct));

        Assert.Equal(before, await SnapshotAsync(Store));
        Assert.Empty(await Store.GetEntitiesAsync([newTerm.Id], Ct));
        Assert.Empty(await Store.GetPapersAsync(["arxiv:2501.00001"], Ct));
    }

    [Fact]
    public async Task WriteAsync_LinkWithWrongKind_RaisesInvalidArgumentAndKeepsNothing()
    {
        var before = await SnapshotAsync(Store);
        var paper = NewPaper("arxiv:2501.00003", "Mislabelled");
        var batch = new GraphBatch(
            [],
            [paper with { Mentions = [new Mention(paper.Paper.Id, Lora, EntityKind.Dataset, [])] }]);

        await AssertQueryErrorAsync(ErrorCodes.InvalidArgument, () => Store.WriteAsync(batch, cancellationToken: Ct));

        Assert.Equal(before, await SnapshotAsync(Store));
    }

    [Fact]
    public async Task WriteAsync_LinkFiledUnderAnotherPaper_RaisesInvalidArgument()
    {
        var paper = NewPaper("arxiv:2501.00004", "Misfiled");
        var batch = new GraphBatch(
            [],
            [paper with { Mentions = [new Mention(P01, Lora, EntityKind.Method, [])] }]);

        await AssertQueryErrorAsync(ErrorCodes.InvalidArgument, () => Store.WriteAsync(batch, cancellationToken: Ct));

        Assert.Empty(await Store.GetPapersAsync([paper.Paper.Id], Ct));
    }

    [Fact]
    public async Task WriteAsync_VariantOfUnknownTerm_RaisesInvalidArgumentAndKeepsNothing()
    {
        var before = await SnapshotAsync(Store);
        var orphan = new Entity("method:dora", EntityKind.Method, "DoRA", [], "method:not-there", null);

        await AssertQueryErrorAsync(
            ErrorCodes.InvalidArgument, () => Store.WriteAsync(new GraphBatch([orphan], []), cancellationToken: Ct));

        Assert.Equal(before, await SnapshotAsync(Store));
    }

    [Fact]
    public async Task WriteAsync_VariantCycle_RaisesInvalidArgumentAndKeepsNothing()
    {
        var before = await SnapshotAsync(Store);
        var cyclic = Entity(Lora) with { ParentId = QLora };

        await AssertQueryErrorAsync(
            ErrorCodes.InvalidArgument, () => Store.WriteAsync(new GraphBatch([cyclic], []), cancellationToken: Ct));

        Assert.Equal(before, await SnapshotAsync(Store));
    }

    [Fact]
    public async Task WriteAsync_VariantListedBeforeItsParent_IsAccepted()
    {
        var store = await CreateStoreAsync();
        var parent = new Entity("method:adapter", EntityKind.Method, "Adapter", [], null, null);
        var child = new Entity("method:lora-plus", EntityKind.Method, "LoRA+", [], parent.Id, null);

        await store.WriteAsync(new GraphBatch([child, parent], []), cancellationToken: Ct);

        Assert.Equal(child.Id, Assert.Single(await store.GetVariantsAsync([parent.Id], Ct)).Id);
    }

    [Fact]
    public async Task WriteAsync_CancelledAfterFirstPaper_RollsBackEverything()
    {
        var before = await SnapshotAsync(Store);
        using var cancellation = CancellationTokenSource.CreateLinkedTokenSource(Ct);
        var batch = new GraphBatch(
            [new Entity("topic:decoding", EntityKind.Topic, "decoding", [], null, null)],
            [
                NewPaper("arxiv:2501.00011", "First", Mmlu),
                NewPaper("arxiv:2501.00012", "Second", Lora),
                NewPaper("arxiv:2501.00013", "Third", "topic:decoding"),
            ]);
        var progress = new InlineProgress(written =>
        {
            if (written == 1)
            {
                cancellation.Cancel();
            }
        });

        await Assert.ThrowsAnyAsync<OperationCanceledException>(
            () => Store.WriteAsync(batch, progress, cancellation.Token));

        Assert.Equal(before, await SnapshotAsync(Store));
    }

    [Fact]
    public async Task WriteAsync_TokenAlreadyCancelled_WritesNothing()
    {
        var store = await CreateStoreAsync();
        using var cancellation = new CancellationTokenSource();
        await cancellation.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(
            () => store.WriteAsync(Batch, cancellationToken: cancellation.Token));

        var stats = await store.GetStatsAsync(Ct);
        Assert.All(stats.NodesByLabel.Values, count => Assert.Equal(0, count));
    }

    /// <summary>Reports synchronously, unlike <see cref="Progress{T}"/>, so a test sees each report in order.</summary>
    private sealed class InlineProgress(Action<int> report) : IProgress<int>
    {
        public void Report(int value) => report(value);
    }
}
