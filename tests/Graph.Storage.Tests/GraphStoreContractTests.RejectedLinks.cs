using Graph.Core.Curation;
using Graph.Core.Domain;
using static Graph.Storage.Tests.ContractFixtureGraph;

namespace Graph.Storage.Tests;

/// <summary>
/// Links a curator removed meeting extraction again: re-ingestion, changes of the text, relinking, a later
/// curated link, the paper's removal and a merge of terms.
/// </summary>
public abstract partial class GraphStoreContractTests
{
    /// <summary>Writes a paper again with the links extraction found, the ways the graph's writers do.</summary>
    private async Task ExtractAgainAsync(PaperGraph graph, string how)
    {
        switch (how)
        {
            case "batch":
                await Store.WriteAsync(new GraphBatch([], [graph]), cancellationToken: Ct);
                break;
            case "addPaper":
                await ApplyAsync(new AddPaper(graph));
                break;
            case "updatePaper":
                var stored = (await Store.GetPapersAsync([graph.Paper.Id], Ct)).Single();
                var edited = graph with { Paper = graph.Paper with { Abstract = graph.Paper.Abstract + " Revised." } };
                await ApplyAsync(new UpdatePaper(edited, stored.Title, stored.Abstract));
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(how), how, null);
        }
    }

    [Theory]
    [InlineData("batch")]
    [InlineData("addPaper")]
    [InlineData("updatePaper")]
    public async Task ExtractAgain_AfterUnlinkingAnExtractedLink_TheLinkStaysGone(string how)
    {
        await ApplyAsync(new UnlinkPaper(P01, Squad));

        await ExtractAgainAsync(Paper(P01), how);

        Assert.Equal(SortedJson(Paper(P01).Mentions.Where(m => m.EntityId != Squad)), await MentionsJsonAsync(P01));
        Assert.Equal(2, (await Store.CountPapersAsync([Squad], Ct))[Squad]);
        var stats = await Store.GetStatsAsync(Ct);
        Assert.Equal(11, stats.RelationshipsByType[RelationshipType.EvaluatedOn]);
        Assert.Equal(RelationshipType.All.Order(StringComparer.Ordinal), stats.RelationshipsByType.Keys.Order(StringComparer.Ordinal));
        var neighbourhood = await Store.NeighbourhoodAsync(P01, 1, 50, Ct);
        Assert.DoesNotContain(neighbourhood.Nodes, n => n.Id == Squad);
        Assert.DoesNotContain(neighbourhood.Relationships, r => r.EndId == Squad);
    }

    [Fact]
    public async Task WriteAsync_OtherPapersOfARejectedTerm_AreLinkedAsBefore()
    {
        await ApplyAsync(new UnlinkPaper(P01, Squad));

        await Store.WriteAsync(Batch, cancellationToken: Ct);

        Assert.Equal(SortedJson(Paper(P05).Mentions), await MentionsJsonAsync(P05));
        Assert.Equal(SortedJson(Paper(P08).Mentions), await MentionsJsonAsync(P08));
        Assert.DoesNotContain(await Store.GetMentionsAsync([P01], EntityKind.Dataset, Ct), m => m.EntityId == Squad);
        Assert.Equal(2, (await Store.CountPapersAsync([Squad], Ct))[Squad]);
    }

    [Fact]
    public async Task ApplyAsync_UpsertTermRelinkingARejectedPaper_LinksOnlyTheOthers()
    {
        await ApplyAsync(new UnlinkPaper(P01, Squad));

        await ApplyAsync(new UpsertTerm(Entity(Squad), [Link(P01, Squad), Link(P02, Squad)]));

        Assert.Equal(
            Json(new[] { Link(P02, Squad) }),
            Json((await Store.GetMentionsAsync([P01, P02], EntityKind.Dataset, Ct)).Where(m => m.EntityId == Squad)));
        Assert.Equal(3, (await Store.CountPapersAsync([Squad], Ct))[Squad]);
    }

    [Fact]
    public async Task ApplyAsync_LinkPaperAfterUnlinking_MakesACuratedLinkThatReingestionKeeps()
    {
        var span = Span(P01, TextField.Abstract, "SQuAD");
        await ApplyAsync(new UnlinkPaper(P01, Squad));

        await ApplyAsync(new LinkPaper(Link(P01, Squad, span)));
        await Store.WriteAsync(new GraphBatch([], [Paper(P01)]), cancellationToken: Ct);

        Assert.Equal(
            Json(new Mention(P01, Squad, EntityKind.Dataset, [span], Curated: true)),
            Json((await Store.GetMentionsAsync([P01], EntityKind.Dataset, Ct)).Single(m => m.EntityId == Squad)));
        Assert.Equal(3, (await Store.CountPapersAsync([Squad], Ct))[Squad]);
        Assert.Equal(["linkPaper", "unlinkPaper"], (await TrailAsync(Squad)).Select(r => r.Operation));
    }

    [Fact]
    public async Task ApplyAsync_UnlinkTheCuratedLinkAgain_RejectsItAgain()
    {
        await ApplyAsync(new UnlinkPaper(P01, Squad));
        await ApplyAsync(new LinkPaper(Link(P01, Squad)));

        await ApplyAsync(new UnlinkPaper(P01, Squad));
        await Store.WriteAsync(new GraphBatch([], [Paper(P01)]), cancellationToken: Ct);

        Assert.DoesNotContain(await Store.GetMentionsAsync([P01], EntityKind.Dataset, Ct), m => m.EntityId == Squad);
    }

    [Fact]
    public async Task ApplyAsync_RemovePaperThenAddItAgain_ExtractionLinksItAfresh()
    {
        await ApplyAsync(new UnlinkPaper(P01, Squad));

        await ApplyAsync(new RemovePaper(P01));
        await Store.WriteAsync(new GraphBatch([], [Paper(P01)]), cancellationToken: Ct);

        Assert.Equal(SortedJson(Paper(P01).Mentions), await MentionsJsonAsync(P01));
        Assert.Equal(3, (await Store.CountPapersAsync([Squad], Ct))[Squad]);
    }

    [Fact]
    public async Task ApplyAsync_MergeTermsWhenTheSurvivorIsNotLinked_TheRejectionMovesToTheSurvivor()
    {
        await ApplyAsync(new UnlinkPaper(P05, Squad));

        await ApplyAsync(new MergeTerms(Mmlu, Squad));

        // Extraction now finds "SQuAD" as a name of MMLU.
        var reextracted = Paper(P05) with
        {
            Mentions = Paper(P05).Mentions.Select(m => m.EntityId == Squad ? m with { EntityId = Mmlu } : m).ToList(),
        };
        await Store.WriteAsync(new GraphBatch([], [reextracted]), cancellationToken: Ct);
        Assert.Empty(await Store.GetMentionsAsync([P05], EntityKind.Dataset, Ct));
        Assert.Equal(4, (await Store.CountPapersAsync([Mmlu], Ct))[Mmlu]);
    }

    [Theory]
    [InlineData(Squad)]
    [InlineData(Mmlu)]
    public async Task ApplyAsync_MergeTermsWhenThePaperIsLinkedToTheSurvivor_TheLinkStaysAndTheRejectionGoes(string unlinked)
    {
        await ApplyAsync(new UnlinkPaper(P01, unlinked));

        await ApplyAsync(new MergeTerms(Mmlu, Squad));

        Assert.Contains(await Store.GetMentionsAsync([P01], EntityKind.Dataset, Ct), m => m.EntityId == Mmlu);
        var reextracted = Paper(P01) with
        {
            Mentions = Paper(P01).Mentions.Where(m => m.EntityId != Squad).ToList(),
        };
        await Store.WriteAsync(new GraphBatch([], [reextracted]), cancellationToken: Ct);
        Assert.Equal(SortedJson(reextracted.Mentions), await MentionsJsonAsync(P01));
        Assert.Equal(5, (await Store.CountPapersAsync([Mmlu], Ct))[Mmlu]);
    }
}
