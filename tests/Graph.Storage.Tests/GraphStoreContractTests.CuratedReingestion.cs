using Graph.Core.Curation;
using Graph.Core.Domain;
using static Graph.Storage.Tests.ContractFixtureGraph;

namespace Graph.Storage.Tests;

/// <summary>Curated links meeting re-ingestion of their paper, through <c>WriteAsync</c> or <c>AddPaper</c>.</summary>
public abstract partial class GraphStoreContractTests
{
    /// <summary>Writes a paper again, through ingestion or as a change.</summary>
    private async Task ReingestAsync(PaperGraph graph, bool asChange)
    {
        if (asChange)
        {
            await ApplyAsync(new AddPaper(graph));
        }
        else
        {
            await Store.WriteAsync(new GraphBatch([], [graph]), cancellationToken: Ct);
        }
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task ReingestAsync_PaperWithCuratedLink_KeepsTheLinkAndItsEvidence(bool asChange)
    {
        var curated = new Mention(P01, Dpo, EntityKind.Method, [Span(P01, TextField.Abstract, "low-rank adapters")], Curated: true);
        await ApplyAsync(new LinkPaper(curated with { Curated = false }));

        await ReingestAsync(Paper(P01), asChange);

        Assert.Equal(SortedJson(Paper(P01).Mentions.Append(curated)), await MentionsJsonAsync(P01));
        Assert.Equal(2, (await Store.CountPapersAsync([Dpo], Ct))[Dpo]);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task ReingestAsync_ExtractedLinkToACuratedTerm_TheCuratedLinkWins(bool asChange)
    {
        await ApplyAsync(new LinkPaper(Link(P01, Lora)));

        await ReingestAsync(Paper(P01), asChange);

        var lora = (await Store.GetMentionsAsync([P01], EntityKind.Method, Ct)).Single();
        Assert.Equal(Json(new Mention(P01, Lora, EntityKind.Method, [], Curated: true)), Json(lora));
        Assert.Equal(4, (await Store.CountPapersAsync([Lora], Ct))[Lora]);
        Assert.Equal(8, (await Store.GetStatsAsync(Ct)).RelationshipsByType[RelationshipType.UsesMethod]);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task ReingestAsync_NewTextUnderCuratedEvidence_DropsOnlyTheSpansThatNoLongerMatch(bool asChange)
    {
        var kept = Span(P01, TextField.Abstract, "low-rank adapters");
        await ApplyAsync(new LinkPaper(Link(P01, Dpo, Span(P01, TextField.Title, "Fine-Tuning"), kept)));
        var retitled = new PaperGraph(Paper(P01).Paper with { Title = "Efficient Training with LoRA" }, [], []);

        await ReingestAsync(retitled, asChange);

        Assert.Equal(
            Json(new[] { new Mention(P01, Dpo, EntityKind.Method, [kept], Curated: true) }),
            await MentionsJsonAsync(P01));
    }

    [Fact]
    public async Task WriteAsync_CuratedLinkInTheBatch_IsStoredCuratedAndOutlivesReingestion()
    {
        var copied = Paper(P12) with { Mentions = [new Mention(P12, Bert, EntityKind.Model, [], Curated: true)] };

        await Store.WriteAsync(new GraphBatch([], [copied]), cancellationToken: Ct);
        await Store.WriteAsync(Batch, cancellationToken: Ct);

        Assert.Equal(Json(copied.Mentions), await MentionsJsonAsync(P12));
        Assert.Equal(4, (await Store.CountPapersAsync([Bert], Ct))[Bert]);
        Assert.Empty(await TrailAsync());
    }
}
