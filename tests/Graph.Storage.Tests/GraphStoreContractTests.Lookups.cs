using Graph.Core.Domain;
using Graph.Core.Traversals;
using static Graph.Storage.Tests.ContractFixtureGraph;

namespace Graph.Storage.Tests;

public abstract partial class GraphStoreContractTests
{
    [Fact]
    public async Task GetPapersAsync_KnownAndUnknownIds_ReturnsKnownPapersByIdWithAllFields()
    {
        var papers = await Store.GetPapersAsync([P12, P05, "arxiv:0000.00000", P01], Ct);

        Assert.Equal([P01, P05, P12], papers.Select(p => p.Id));
        Assert.Equal(Json(Paper(P01).Paper), Json(papers[0]));
        Assert.Equal(Json(Paper(P05).Paper), Json(papers[1]));
        Assert.Equal(Json(Paper(P12).Paper), Json(papers[2]));
    }

    [Fact]
    public async Task GetPapersAsync_NoIds_ReturnsNothing()
    {
        Assert.Empty(await Store.GetPapersAsync([], Ct));
    }

    [Fact]
    public async Task GetEntitiesAsync_KnownAndUnknownIds_ReturnsKnownTermsById()
    {
        var entities = await Store.GetEntitiesAsync([QLora, "method:unknown", GlobalMmlu], Ct);

        Assert.Equal(Json(new[] { Entity(GlobalMmlu), Entity(QLora) }), Json(entities));
    }

    [Fact]
    public async Task GetAllEntitiesAsync_Fixture_ReturnsEveryTermById()
    {
        var entities = await Store.GetAllEntitiesAsync(Ct);

        Assert.Equal(Json(Entities.OrderBy(e => e.Id, StringComparer.Ordinal)), Json(entities));
    }

    [Fact]
    public async Task GetNodesAsync_IdsOfEveryLabel_ReturnsNodesWithDisplayNames()
    {
        var nodes = await Store.GetNodesAsync([Acme, Lora, P01, AdaLovelace, "nobody:here", Gsm8k, Bert, Reasoning], Ct);

        Assert.Equal(
            [
                new GraphNode(P01, NodeLabel.Paper, "Efficient Fine-Tuning with LoRA"),
                new GraphNode(AdaLovelace, NodeLabel.Author, "Ada Lovelace"),
                new GraphNode(Gsm8k, NodeLabel.Dataset, "GSM8K"),
                new GraphNode(Lora, NodeLabel.Method, "LoRA"),
                new GraphNode(Bert, NodeLabel.Model, "BERT"),
                new GraphNode(Acme, NodeLabel.Organization, AcmeName),
                new GraphNode(Reasoning, NodeLabel.Topic, "reasoning"),
            ],
            nodes);
    }

    [Theory]
    [InlineData(EntityKind.Method, "low-rank ADAPTATION", Lora)]
    [InlineData(EntityKind.Method, "qlora", QLora)]
    [InlineData(EntityKind.Method, "MOE", Moe)]
    [InlineData(EntityKind.Dataset, "Global MMLU", GlobalMmlu)]
    [InlineData(EntityKind.Model, "llama", Llama)]
    public async Task FindEntityAsync_NameOrAliasInAnyCase_FindsTheTerm(EntityKind kind, string name, string expected)
    {
        var entity = await Store.FindEntityAsync(kind, name, Ct);

        Assert.Equal(expected, entity?.Id);
    }

    [Theory]
    [InlineData(EntityKind.Dataset, "LoRA")]
    [InlineData(EntityKind.Method, "Low-Rank")]
    [InlineData(EntityKind.Topic, "nothing like it")]
    public async Task FindEntityAsync_OtherKindOrPartialName_ReturnsNull(EntityKind kind, string name)
    {
        Assert.Null(await Store.FindEntityAsync(kind, name, Ct));
    }

    [Fact]
    public async Task GetMentionsAsync_TwoPapers_ReturnsLinksByPaperThenTermWithEvidence()
    {
        var mentions = await Store.GetMentionsAsync([P09, P01, "arxiv:0000.00000"], cancellationToken: Ct);

        Assert.Equal(
            [(P01, Mmlu), (P01, Squad), (P01, Lora), (P01, Llama), (P01, QuestionAnswering), (P09, Lora), (P09, QLora)],
            mentions.Select(m => (m.PaperId, m.EntityId)));
        Assert.Equal(
            Json(Normalized(Paper(P01)).Mentions.Concat(Normalized(Paper(P09)).Mentions)),
            Json(mentions));
    }

    [Fact]
    public async Task GetMentionsAsync_OneKind_ReturnsOnlyLinksOfThatKind()
    {
        var mentions = await Store.GetMentionsAsync([P01, P08], EntityKind.Dataset, Ct);

        Assert.Equal(
            [(P01, Mmlu), (P01, Squad), (P08, Gsm8k), (P08, Mmlu), (P08, Squad)],
            mentions.Select(m => (m.PaperId, m.EntityId)));
        Assert.All(mentions, m => Assert.Equal(EntityKind.Dataset, m.Kind));
    }

    [Fact]
    public async Task GetMentionsAsync_LinkFoundInTitleAndAbstract_KeepsEverySpan()
    {
        var mention = Assert.Single(await Store.GetMentionsAsync([P11], EntityKind.Dataset, Ct));

        Assert.Equal(
            [
                new Evidence(TextField.Title, 21, 32, "Global MMLU"),
                new Evidence(TextField.Abstract, 47, 58, "Global MMLU"),
            ],
            mention.Evidence);
    }

    [Fact]
    public async Task CountPapersAsync_TermIds_CountsLinkedPapersAndZeroForUnusedTerms()
    {
        var counts = await Store.CountPapersAsync([Lora, QLora, Rlhf, Mmlu, GlobalMmlu, QuestionAnswering, Bert], Ct);

        Assert.Equal(
            new Dictionary<string, int>
            {
                [Lora] = 4,
                [QLora] = 2,
                [Rlhf] = 0,
                [Mmlu] = 4,
                [GlobalMmlu] = 2,
                [QuestionAnswering] = 4,
                [Bert] = 3,
            },
            counts);
    }

    [Fact]
    public async Task GetVariantsAsync_Parents_ReturnsDirectVariantsById()
    {
        var variants = await Store.GetVariantsAsync([Lora, Mmlu, Squad, QLora], Ct);

        Assert.Equal([GlobalMmlu, QLora], variants.Select(v => v.Id));
    }
}
