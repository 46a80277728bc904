using Graph.Core;
using Graph.Core.Curation;
using Graph.Core.Domain;
using static Graph.Storage.Tests.ContractFixtureGraph;

namespace Graph.Storage.Tests;

public abstract partial class GraphStoreContractTests
{
    [Fact]
    public async Task ApplyAsync_LinkPaper_AddsACuratedLinkWithItsEvidence()
    {
        var evidence = Span(P06, TextField.Abstract, "Adapters");

        var record = await ApplyAsync(new LinkPaper(Link(P06, QLora, evidence)));

        Assert.Equal(Json(new ChangeRecord(record.Sequence, ChangedAt, CuratorName, "linkPaper", [P06, QLora], "curated by hand")), Json(record));
        Assert.Equal(
            SortedJson([.. Paper(P06).Mentions, new Mention(P06, QLora, EntityKind.Method, [evidence], Curated: true)]),
            await MentionsJsonAsync(P06));
        Assert.Equal(3, (await Store.CountPapersAsync([QLora], Ct))[QLora]);
        Assert.Equal(9, (await Store.GetStatsAsync(Ct)).RelationshipsByType[RelationshipType.UsesMethod]);
    }

    [Fact]
    public async Task ApplyAsync_LinkPaperOverAnExtractedLink_MakesItCuratedWithTheGivenEvidence()
    {
        await ApplyAsync(new LinkPaper(Link(P01, Lora)));

        Assert.Equal(
            Json(new Mention(P01, Lora, EntityKind.Method, [], Curated: true)),
            Json((await Store.GetMentionsAsync([P01], EntityKind.Method, Ct)).Single()));
        Assert.Equal(4, (await Store.CountPapersAsync([Lora], Ct))[Lora]);
        Assert.Equal(8, (await Store.GetStatsAsync(Ct)).RelationshipsByType[RelationshipType.UsesMethod]);
    }

    [Fact]
    public async Task ApplyAsync_LinkPaperAgain_ReplacesTheCuratedLinkAndItsEvidence()
    {
        await ApplyAsync(new LinkPaper(Link(P06, QLora, Span(P06, TextField.Abstract, "Adapters"))));
        var second = Span(P06, TextField.Abstract, "new tasks");

        await ApplyAsync(new LinkPaper(Link(P06, QLora, second)));

        Assert.Equal(
            Json(new Mention(P06, QLora, EntityKind.Method, [second], Curated: true)),
            Json((await Store.GetMentionsAsync([P06], EntityKind.Method, Ct)).Single(m => m.EntityId == QLora)));
        Assert.Equal(3, (await Store.CountPapersAsync([QLora], Ct))[QLora]);
        Assert.Equal(2, (await TrailAsync(P06)).Count);
    }

    [Theory]
    [InlineData("arxiv:0000.00000", Lora)]
    [InlineData(P01, "method:not-there")]
    public async Task ApplyAsync_LinkPaperToMissingNode_RaisesNotFound(string paperId, string entityId)
    {
        await AssertRefusedAsync(ErrorCodes.NotFound, new LinkPaper(Link(paperId, entityId)));
    }

    [Fact]
    public async Task ApplyAsync_LinkPaperWithAnotherKind_RaisesInvalidArgument()
    {
        await AssertRefusedAsync(
            ErrorCodes.InvalidArgument, new LinkPaper(Link(P12, Lora) with { Kind = EntityKind.Dataset }));
    }

    [Theory]
    [InlineData(TextField.Abstract, 0, 8, "adapters")]
    [InlineData(TextField.Title, 0, 9, "Adapters")]
    [InlineData(TextField.Abstract, 60, 80, "old ones")]
    [InlineData(TextField.Title, 3, 3, "")]
    [InlineData(TextField.Title, -1, 4, "Cont")]
    public async Task ApplyAsync_LinkPaperWithEvidenceThatIsNotThePapersText_RaisesInvalidArgument(
        TextField field, int start, int end, string text)
    {
        await AssertRefusedAsync(
            ErrorCodes.InvalidArgument, new LinkPaper(Link(P06, QLora, new Evidence(field, start, end, text))));
    }

    [Fact]
    public async Task ApplyAsync_UnlinkExtractedLink_RemovesItAndRecountsTheTerm()
    {
        var record = await ApplyAsync(new UnlinkPaper(P01, Squad));

        Assert.Equal(Json(new ChangeRecord(record.Sequence, ChangedAt, CuratorName, "unlinkPaper", [P01, Squad], "curated by hand")), Json(record));
        Assert.Equal(SortedJson(Paper(P01).Mentions.Where(m => m.EntityId != Squad)), await MentionsJsonAsync(P01));
        Assert.Equal(2, (await Store.CountPapersAsync([Squad], Ct))[Squad]);
        Assert.Equal(11, (await Store.GetStatsAsync(Ct)).RelationshipsByType[RelationshipType.EvaluatedOn]);
    }

    [Fact]
    public async Task ApplyAsync_UnlinkCuratedLink_RemovesIt()
    {
        await ApplyAsync(new LinkPaper(Link(P12, Bert)));

        await ApplyAsync(new UnlinkPaper(P12, Bert));

        Assert.Empty(await Store.GetMentionsAsync([P12], cancellationToken: Ct));
        Assert.Equal(3, (await Store.CountPapersAsync([Bert], Ct))[Bert]);
        Assert.Equal(["unlinkPaper", "linkPaper"], (await TrailAsync(P12)).Select(r => r.Operation));
    }

    [Theory]
    [InlineData(P10, Lora)]
    [InlineData("arxiv:0000.00000", Lora)]
    [InlineData(P01, "method:not-there")]
    public async Task ApplyAsync_UnlinkMissingLink_RaisesNotFound(string paperId, string entityId)
    {
        await AssertRefusedAsync(ErrorCodes.NotFound, new UnlinkPaper(paperId, entityId));
    }

    [Fact]
    public async Task ApplyAsync_TwentyConcurrentLinksToOnePaper_AllLandWithOneRecordEach()
    {
        var terms = Enumerable.Range(0, 20)
            .Select(i => new Entity($"method:parallel-{i:D2}", EntityKind.Method, $"Parallel {i:D2}", [], null, null))
            .ToList();
        await Store.WriteAsync(new GraphBatch(terms, []), cancellationToken: Ct);

        var records = await Task.WhenAll(terms.Select(term => Task.Run(
            () => Store.ApplyAsync(new LinkPaper(Link(P12, term.Id)), Curator("link " + term.Id), Ct), Ct)));

        var mentions = await Store.GetMentionsAsync([P12], cancellationToken: Ct);
        Assert.Equal(terms.Select(t => t.Id), mentions.Select(m => m.EntityId));
        Assert.All(mentions, m => Assert.True(m.Curated));
        Assert.All((await Store.CountPapersAsync(terms.Select(t => t.Id).ToList(), Ct)).Values, n => Assert.Equal(1, n));
        Assert.Equal(20, records.Select(r => r.Sequence).Distinct().Count());
        Assert.Equal(
            records.OrderByDescending(r => r.Sequence).Select(r => Json(r)),
            (await TrailAsync(P12)).Select(r => Json(r)));
        Assert.Equal(
            terms.Select(t => "link " + t.Id).Order(StringComparer.Ordinal),
            (await TrailAsync()).Select(r => r.Summary).Order(StringComparer.Ordinal));
    }
}
