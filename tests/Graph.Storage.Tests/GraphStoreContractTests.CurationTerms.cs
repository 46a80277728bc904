using Graph.Core;
using Graph.Core.Curation;
using Graph.Core.Domain;
using static Graph.Storage.Tests.ContractFixtureGraph;

namespace Graph.Storage.Tests;

public abstract partial class GraphStoreContractTests
{
    private const string Dora = "method:dora";

    private static readonly Entity DoraTerm =
        new(Dora, EntityKind.Method, "DoRA", ["Weight-Decomposed LoRA"], Lora, "Weight-decomposed low-rank adaptation.");

    [Fact]
    public async Task ApplyAsync_UpsertNewVariantWithNewLinks_AddsTheTermAndItsExtractedLinks()
    {
        var record = await ApplyAsync(new UpsertTerm(DoraTerm, [Link(P09, Dora), Link(P11, Dora)]));

        Assert.Equal(Json(new ChangeRecord(record.Sequence, ChangedAt, CuratorName, "upsertTerm", [Dora], "curated by hand")), Json(record));
        Assert.Equal(Json(DoraTerm), Json(Assert.Single(await Store.GetEntitiesAsync([Dora], Ct))));
        Assert.Equal([Dora, QLora], (await Store.GetVariantsAsync([Lora], Ct)).Select(e => e.Id));
        Assert.Equal(Dora, (await Store.FindEntityAsync(EntityKind.Method, "weight-decomposed LORA", Ct))?.Id);
        Assert.Equal(SortedJson([.. Paper(P09).Mentions, Link(P09, Dora)]), await MentionsJsonAsync(P09));
        Assert.Equal(2, (await Store.CountPapersAsync([Dora], Ct))[Dora]);
        var stats = await Store.GetStatsAsync(Ct);
        Assert.Equal(6, stats.NodesByLabel[nameof(NodeLabel.Method)]);
        Assert.Equal(3, stats.RelationshipsByType[RelationshipType.VariantOf]);
        Assert.Equal(10, stats.RelationshipsByType[RelationshipType.UsesMethod]);
    }

    [Fact]
    public async Task ApplyAsync_UpsertExistingTerm_ReplacesItsNamesAndKeepsItsLinks()
    {
        var renamed = Entity(Squad) with { Name = "SQuAD 2.0", Aliases = ["Stanford QA"], Description = "Reading." };

        await ApplyAsync(new UpsertTerm(renamed, [Link(P02, Squad)]));

        Assert.Equal(Json(renamed), Json(Assert.Single(await Store.GetEntitiesAsync([Squad], Ct))));
        Assert.Equal(4, (await Store.CountPapersAsync([Squad], Ct))[Squad]);
        Assert.Equal(Squad, (await Store.FindEntityAsync(EntityKind.Dataset, "stanford qa", Ct))?.Id);
        Assert.Null(await Store.FindEntityAsync(EntityKind.Dataset, "SQuAD", Ct));
        Assert.Equal(
            Json(Link(P02, Squad)),
            Json((await Store.GetMentionsAsync([P02], EntityKind.Dataset, Ct)).Single(m => m.EntityId == Squad)));
    }

    [Fact]
    public async Task ApplyAsync_UpsertWithNewLinks_ReplacesExtractedLinksButNeverCuratedOnes()
    {
        await ApplyAsync(new LinkPaper(Link(P01, Mmlu)));

        await ApplyAsync(new UpsertTerm(Entity(Mmlu), [Link(P01, Mmlu, Span(P01, TextField.Abstract, "MMLU")), Link(P02, Mmlu)]));

        var links = (await Store.GetMentionsAsync([P01, P02], EntityKind.Dataset, Ct)).Where(m => m.EntityId == Mmlu);
        Assert.Equal(
            Json(new[] { new Mention(P01, Mmlu, EntityKind.Dataset, [], Curated: true), Link(P02, Mmlu) }),
            Json(links));
        Assert.Equal(4, (await Store.CountPapersAsync([Mmlu], Ct))[Mmlu]);
    }

    [Theory]
    [InlineData("missing parent", ErrorCodes.NotFound)]
    [InlineData("parent of another kind", ErrorCodes.InvalidArgument)]
    [InlineData("cycle of variants", ErrorCodes.InvalidArgument)]
    [InlineData("kind changed", ErrorCodes.InvalidArgument)]
    [InlineData("link to a missing paper", ErrorCodes.NotFound)]
    [InlineData("link to another term", ErrorCodes.InvalidArgument)]
    [InlineData("link of another kind", ErrorCodes.InvalidArgument)]
    [InlineData("paper linked twice", ErrorCodes.InvalidArgument)]
    public async Task ApplyAsync_UpsertTermThatContradictsTheGraph_IsRefused(string problem, string code)
    {
        var change = problem switch
        {
            "missing parent" => new UpsertTerm(DoraTerm with { ParentId = "method:not-there" }, []),
            "parent of another kind" => new UpsertTerm(DoraTerm with { ParentId = Mmlu }, []),
            "cycle of variants" => new UpsertTerm(Entity(Lora) with { ParentId = QLora }, []),
            "kind changed" => new UpsertTerm(Entity(Lora) with { Kind = EntityKind.Dataset }, []),
            "link to a missing paper" => new UpsertTerm(DoraTerm, [Link(P09, Dora), Link("arxiv:0000.00000", Dora)]),
            "link to another term" => new UpsertTerm(DoraTerm, [Link(P09, Lora)]),
            "link of another kind" => new UpsertTerm(DoraTerm, [Link(P09, Dora) with { Kind = EntityKind.Model }]),
            "paper linked twice" => new UpsertTerm(DoraTerm, [Link(P09, Dora), Link(P09, Dora)]),
            _ => throw new ArgumentOutOfRangeException(nameof(problem), problem, null),
        };

        await AssertRefusedAsync(code, change);
    }

    [Fact]
    public async Task ApplyAsync_MergeVariantIntoItsParent_MovesLinksNamesAndKeepsCuratedFlags()
    {
        await ApplyAsync(new LinkPaper(Link(P09, QLora)));

        var record = await ApplyAsync(new MergeTerms(Lora, QLora));

        Assert.Equal(Json(new ChangeRecord(record.Sequence, ChangedAt, CuratorName, "mergeTerms", [Lora, QLora], "curated by hand")), Json(record));
        Assert.Equal(
            Json(Entity(Lora) with { Aliases = ["Low-Rank Adaptation", "QLoRA", "Quantized LoRA"] }),
            Json(Assert.Single(await Store.GetEntitiesAsync([Lora, QLora], Ct))));
        Assert.Empty(await Store.GetVariantsAsync([Lora], Ct));
        Assert.Equal(Lora, (await Store.FindEntityAsync(EntityKind.Method, "QLoRA", Ct))?.Id);
        Assert.Equal(Lora, (await Store.FindEntityAsync(EntityKind.Method, "quantized lora", Ct))?.Id);

        // P02 keeps its extracted evidence; P09 was linked to both, and one of the links was curated.
        var methods = await Store.GetMentionsAsync([P02, P09], EntityKind.Method, Ct);
        Assert.Equal(
            Json(new[]
            {
                FixtureLink(P02, QLora) with { EntityId = Lora },
                new Mention(P09, Lora, EntityKind.Method, [], Curated: true),
            }),
            Json(methods));
        Assert.Equal(5, (await Store.CountPapersAsync([Lora], Ct))[Lora]);
        var stats = await Store.GetStatsAsync(Ct);
        Assert.Equal(4, stats.NodesByLabel[nameof(NodeLabel.Method)]);
        Assert.Equal(1, stats.RelationshipsByType[RelationshipType.VariantOf]);
        Assert.Equal(7, stats.RelationshipsByType[RelationshipType.UsesMethod]);
    }

    [Fact]
    public async Task ApplyAsync_MergeTermsSharingPapers_CombinesTheirEvidenceOnOneLink()
    {
        var curatedSquad = Span(P08, TextField.Abstract, "SQuAD");
        await ApplyAsync(new LinkPaper(Link(P08, Squad, curatedSquad)));

        await ApplyAsync(new MergeTerms(Mmlu, Squad));

        var links = (await Store.GetMentionsAsync([P01, P05, P08], EntityKind.Dataset, Ct)).Where(m => m.EntityId == Mmlu);
        Assert.Equal(
            Json(new[]
            {
                new Mention(P01, Mmlu, EntityKind.Dataset, [new(TextField.Abstract, 54, 58, "MMLU"), new(TextField.Abstract, 63, 68, "SQuAD")]),
                FixtureLink(P05, Squad) with { EntityId = Mmlu },
                new Mention(P08, Mmlu, EntityKind.Dataset, [Span(P08, TextField.Abstract, "MMLU"), curatedSquad], Curated: true),
            }),
            Json(links));
        Assert.Equal(
            Json(Entity(Mmlu) with { Aliases = ["Massive Multitask Language Understanding", "SQuAD"] }),
            Json(Assert.Single(await Store.GetEntitiesAsync([Mmlu, Squad], Ct))));
        Assert.Equal(Mmlu, (await Store.FindEntityAsync(EntityKind.Dataset, "squad", Ct))?.Id);
        Assert.Equal([GlobalMmlu], (await Store.GetVariantsAsync([Mmlu], Ct)).Select(e => e.Id));
        Assert.Equal(5, (await Store.CountPapersAsync([Mmlu], Ct))[Mmlu]);
        var stats = await Store.GetStatsAsync(Ct);
        Assert.Equal(3, stats.NodesByLabel[nameof(NodeLabel.Dataset)]);
        Assert.Equal(10, stats.RelationshipsByType[RelationshipType.EvaluatedOn]);
    }

    [Fact]
    public async Task ApplyAsync_MergeParentIntoItsVariant_TheVariantTakesItsPlace()
    {
        await ApplyAsync(new MergeTerms(GlobalMmlu, Mmlu));

        Assert.Equal(
            Json(Entity(GlobalMmlu) with { Aliases = ["MMLU", "Massive Multitask Language Understanding"], ParentId = null }),
            Json(Assert.Single(await Store.GetEntitiesAsync([GlobalMmlu, Mmlu], Ct))));
        Assert.Equal(GlobalMmlu, (await Store.FindEntityAsync(EntityKind.Dataset, "MMLU", Ct))?.Id);
        Assert.Equal(6, (await Store.CountPapersAsync([GlobalMmlu], Ct))[GlobalMmlu]);
        Assert.Equal(1, (await Store.GetStatsAsync(Ct)).RelationshipsByType[RelationshipType.VariantOf]);
    }

    [Fact]
    public async Task ApplyAsync_MergeIntoANewTerm_MovesVariantsAndAddsEachNameOnce()
    {
        const string adaptation = "method:low-rank-adaptation";
        await ApplyAsync(new UpsertTerm(new Entity(adaptation, EntityKind.Method, "Low-rank adaptation", ["LORA"], null, null), []));

        await ApplyAsync(new MergeTerms(adaptation, Lora));

        // "LoRA" repeats the alias "LORA" and "Low-Rank Adaptation" the name, ignoring case; the description is
        // taken over because the survivor had none.
        Assert.Equal(
            Json(new Entity(adaptation, EntityKind.Method, "Low-rank adaptation", ["LORA"], null, "Low-rank adapters for fine-tuning.")),
            Json(Assert.Single(await Store.GetEntitiesAsync([adaptation, Lora], Ct))));
        Assert.Equal(
            Json(new[] { Entity(QLora) with { ParentId = adaptation } }),
            Json(await Store.GetVariantsAsync([adaptation], Ct)));
        Assert.Equal(adaptation, (await Store.FindEntityAsync(EntityKind.Method, "LoRA", Ct))?.Id);
        Assert.Equal(4, (await Store.CountPapersAsync([adaptation], Ct))[adaptation]);
    }

    [Theory]
    [InlineData(Lora, Lora, ErrorCodes.InvalidArgument)]
    [InlineData(Lora, Mmlu, ErrorCodes.InvalidArgument)]
    [InlineData("method:not-there", QLora, ErrorCodes.NotFound)]
    [InlineData(Lora, "method:not-there", ErrorCodes.NotFound)]
    public async Task ApplyAsync_MergeTermsThatCannotBeMerged_IsRefused(string survivorId, string mergedId, string code)
    {
        await AssertRefusedAsync(code, new MergeTerms(survivorId, mergedId));
    }
}
