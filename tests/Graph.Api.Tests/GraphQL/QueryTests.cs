namespace Graph.Api.Tests.GraphQL;

/// <summary>The read API over the bundled corpus, with answers known from the corpus itself.</summary>
public class QueryTests(GraphApiFixture api) : IClassFixture<GraphApiFixture>
{
    private const string MetaTraining = "Meta-training with Demonstration Retrieval for Efficient Few-shot Learning";
    private const string GrowingTransformers = "Growing Transformers: Modular Composition and Layer-wise Expansion on a Frozen Substrate";

    [Fact]
    public async Task Papers_FilterByDatasetAndDate_ReturnsMatchingPapersNewestFirst()
    {
        var data = await api.DataAsync("""
            {
              papers(where: { datasets: { some: { name: { eq: "MMLU" } } }, publishedOn: { gt: "2024-01-01" } }) {
                totalCount
                nodes { title publishedOn }
              }
            }
            """);

        var papers = data.GetProperty("papers");
        Assert.Equal(3, papers.GetProperty("totalCount").GetInt32());
        Assert.Equal(
            [GrowingTransformers, "Unveiling the Secret Recipe: A Guide For Supervised Fine-Tuning Small LLMs", "Yi: Open Foundation Models by 01.AI"],
            papers.GetProperty("nodes").EnumerateArray().Select(p => p.GetProperty("title").GetString()));
    }

    [Fact]
    public async Task Papers_OrderByUpvotesDescending_PutsMostUpvotedFirst()
    {
        var data = await api.DataAsync("""{ papers(first: 2, order: [{ upvotes: DESC }, { title: ASC }]) { nodes { title upvotes } } }""");

        Assert.Equal(
            [("VILA^2: VILA Augmented VILA", 7), ("POINTS: Improving Your Vision-language Model with Affordable Strategies", 6)],
            data.GetProperty("papers").GetProperty("nodes").EnumerateArray().Select(p => (p.GetProperty("title").GetString(), p.GetProperty("upvotes").GetInt32())));
    }

    [Fact]
    public async Task Papers_OrFilterAndStringOperators_Combine()
    {
        var data = await api.DataAsync("""
            { papers(where: { or: [ { title: { startsWith: "lizard" } }, { title: { contains: "VILA AUGMENTED" } } ] }, order: [{ title: ASC }]) { nodes { title } } }
            """);

        Assert.Equal(
            ["Lizard: An Efficient Linearization Framework for Large Language Models", "VILA^2: VILA Augmented VILA"],
            data.GetProperty("papers").GetProperty("nodes").EnumerateArray().Select(p => p.GetProperty("title").GetString()));
    }

    [Fact]
    public async Task Papers_PagingForwardsThenBackwards_WalksTheSameList()
    {
        var all = await Titles("""{ papers(first: 100) { nodes { title } } }""");
        var forward = new List<string>();
        string? after = null;
        do
        {
            var page = (await api.DataAsync("query($after: String) { papers(first: 25, after: $after) { nodes { title } pageInfo { hasNextPage endCursor } } }",
                new() { ["after"] = after })).GetProperty("papers");
            forward.AddRange(page.GetProperty("nodes").EnumerateArray().Select(p => p.GetProperty("title").GetString()!));
            after = page.GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean() ? page.GetProperty("pageInfo").GetProperty("endCursor").GetString() : null;
        }
        while (after is not null);

        var backward = new List<string>();
        string? before = null;
        do
        {
            var page = (await api.DataAsync("query($before: String) { papers(last: 30, before: $before) { nodes { title } pageInfo { hasPreviousPage startCursor } } }",
                new() { ["before"] = before })).GetProperty("papers");
            backward.InsertRange(0, page.GetProperty("nodes").EnumerateArray().Select(p => p.GetProperty("title").GetString()!));
            before = page.GetProperty("pageInfo").GetProperty("hasPreviousPage").GetBoolean() ? page.GetProperty("pageInfo").GetProperty("startCursor").GetString() : null;
        }
        while (before is not null);

        Assert.Equal(92, all.Count);
        Assert.Equal(all, forward);
        Assert.Equal(all, backward);
    }

    [Fact]
    public async Task PapersSharingBenchmark_MetaTraining_FindsTheOtherSquadPaper()
    {
        var data = await api.DataAsync($$"""
            {
              papers(where: { title: { eq: "{{MetaTraining}}" } }) {
                nodes { papersSharingBenchmark(first: 5) { edges { sharedCount sharedDatasets { name } node { title } } } }
              }
            }
            """);

        var edge = Assert.Single(data.GetProperty("papers").GetProperty("nodes")[0].GetProperty("papersSharingBenchmark").GetProperty("edges").EnumerateArray());
        Assert.Equal(GrowingTransformers, edge.GetProperty("node").GetProperty("title").GetString());
        Assert.Equal(1, edge.GetProperty("sharedCount").GetInt32());
        Assert.Equal("SQuAD", Assert.Single(edge.GetProperty("sharedDatasets").EnumerateArray()).GetProperty("name").GetString());
    }

    [Fact]
    public async Task BenchmarkOverlaps_Mmlu_ListsEveryPairOfItsFivePapers()
    {
        var data = await api.DataAsync("""{ benchmarkOverlaps(dataset: "mmlu", first: 20) { sharedCount sharedDatasets { name } paperA { title } paperB { title } } }""");

        var pairs = data.GetProperty("benchmarkOverlaps").EnumerateArray().ToList();
        Assert.Equal(10, pairs.Count);
        Assert.All(pairs, p => Assert.Contains(p.GetProperty("sharedDatasets").EnumerateArray(), d => d.GetProperty("name").GetString() == "MMLU"));
        Assert.True(pairs[0].GetProperty("sharedCount").GetInt32() >= pairs[^1].GetProperty("sharedCount").GetInt32());
        Assert.Equal(10, pairs.Select(p => (p.GetProperty("paperA").GetProperty("title").GetString(), p.GetProperty("paperB").GetProperty("title").GetString())).Distinct().Count());
    }

    [Fact]
    public async Task BenchmarkOverlaps_UnknownDataset_IsNotFound()
    {
        var (code, message) = await api.ErrorAsync("""{ benchmarkOverlaps(dataset: "No Such Benchmark") { sharedCount } }""");

        Assert.Equal("NOT_FOUND", code);
        Assert.Contains("No Such Benchmark", message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RelatedPapers_GivesScoresAndReasons()
    {
        var data = await api.DataAsync($$"""
            { papers(where: { title: { eq: "{{GrowingTransformers}}" } }) { nodes { relatedPapers(first: 3) { score reasons { __typename name } paper { title } } } } }
            """);

        var related = data.GetProperty("papers").GetProperty("nodes")[0].GetProperty("relatedPapers").EnumerateArray().ToList();
        Assert.Equal(3, related.Count);
        Assert.True(related[0].GetProperty("score").GetDouble() >= related[2].GetProperty("score").GetDouble());
        Assert.All(related, r => Assert.NotEmpty(r.GetProperty("reasons").EnumerateArray()));
    }

    [Fact]
    public async Task Method_ByAlias_ShowsPapersCoUsedMethodsHierarchyAndTrend()
    {
        var data = await api.DataAsync("""
            {
              method(name: "low-rank adaptation") {
                name paperCount
                parent { name }
                variants { name }
                papers(order: [{ title: ASC }]) { totalCount nodes { title } }
                coUsedMethods(first: 3) { method { name } papers }
                trend { month papers }
              }
            }
            """);

        var lora = data.GetProperty("method");
        Assert.Equal("LoRA", lora.GetProperty("name").GetString());
        Assert.Equal(3, lora.GetProperty("paperCount").GetInt32());
        Assert.Equal("Parameter-Efficient Fine-Tuning", lora.GetProperty("parent").GetProperty("name").GetString());
        Assert.Contains(lora.GetProperty("variants").EnumerateArray(), v => v.GetProperty("name").GetString() == "QLoRA");
        Assert.Equal(3, lora.GetProperty("papers").GetProperty("totalCount").GetInt32());
        Assert.Equal(3, lora.GetProperty("trend").EnumerateArray().Sum(m => m.GetProperty("papers").GetInt32()));
        Assert.All(lora.GetProperty("coUsedMethods").EnumerateArray(), m => Assert.NotEqual("LoRA", m.GetProperty("method").GetProperty("name").GetString()));
    }

    [Fact]
    public async Task Dataset_Squad_ListsItsPapersAndMethods()
    {
        var data = await api.DataAsync("""{ dataset(name: "SQuAD") { papers(order: [{ title: ASC }]) { nodes { title } } methods { method { name } papers } } }""");

        Assert.Equal(
            [GrowingTransformers, MetaTraining],
            data.GetProperty("dataset").GetProperty("papers").GetProperty("nodes").EnumerateArray().Select(p => p.GetProperty("title").GetString()));
    }

    [Fact]
    public async Task Node_RefetchesEveryKindByGlobalId()
    {
        var data = await api.DataAsync("""
            {
              papers(where: { organization: { eq: "ByteDance" } }) { nodes { id title organization { id name } methods { method { id name } } } }
            }
            """);
        var paper = data.GetProperty("papers").GetProperty("nodes")[0];
        var ids = new[] { paper.GetProperty("id").GetString(), paper.GetProperty("organization").GetProperty("id").GetString(), paper.GetProperty("methods")[0].GetProperty("method").GetProperty("id").GetString() };

        var refetched = await api.DataAsync("""
            query($ids: [ID!]!) { nodes(ids: $ids) { __typename id ... on Paper { title } ... on Organization { name } ... on Method { name } } }
            """, new() { ["ids"] = ids });

        var nodes = refetched.GetProperty("nodes").EnumerateArray().ToList();
        Assert.Equal(["Paper", "Organization", "Method"], nodes.Select(n => n.GetProperty("__typename").GetString()));
        Assert.Equal(ids, nodes.Select(n => n.GetProperty("id").GetString()));
        Assert.Equal("ByteDance", nodes[1].GetProperty("name").GetString());
    }

    [Fact]
    public async Task Path_BetweenTwoDatasets_AlternatesNodesAndRelationships()
    {
        var ids = await api.DataAsync("""{ a: dataset(name: "TREC") { id } b: dataset(name: "MMLU") { id } }""");

        var data = await api.DataAsync("query($from: ID!, $to: ID!) { path(from: $from, to: $to) { length nodes { __typename id } relationships { type startId endId } } }",
            new() { ["from"] = ids.GetProperty("a").GetProperty("id").GetString(), ["to"] = ids.GetProperty("b").GetProperty("id").GetString() });

        var path = data.GetProperty("path");
        var nodes = path.GetProperty("nodes").EnumerateArray().ToList();
        var relationships = path.GetProperty("relationships").EnumerateArray().ToList();
        Assert.Equal(4, path.GetProperty("length").GetInt32());
        Assert.Equal(["Dataset", "Paper", "Dataset", "Paper", "Dataset"], nodes.Select(n => n.GetProperty("__typename").GetString()));
        Assert.All(relationships, r => Assert.Equal("EVALUATED_ON", r.GetProperty("type").GetString()));
        for (var i = 0; i < relationships.Count; i++)
        {
            var ends = new[] { relationships[i].GetProperty("startId").GetString(), relationships[i].GetProperty("endId").GetString() };
            Assert.Contains(nodes[i].GetProperty("id").GetString(), ends);
            Assert.Contains(nodes[i + 1].GetProperty("id").GetString(), ends);
        }
    }

    [Fact]
    public async Task Search_RanksAndHighlights()
    {
        var data = await api.DataAsync("""{ search(text: "model soups", first: 3) { rank snippet paper { title } } }""");

        var hits = data.GetProperty("search").EnumerateArray().ToList();
        Assert.StartsWith("Model soups", hits[0].GetProperty("paper").GetProperty("title").GetString(), StringComparison.Ordinal);
        Assert.Contains("<mark>", hits[0].GetProperty("snippet").GetString(), StringComparison.Ordinal);
        Assert.True(hits[0].GetProperty("rank").GetDouble() >= hits[^1].GetProperty("rank").GetDouble());
    }

    [Fact]
    public async Task Stats_CountsPapersAndEveryRelationshipType()
    {
        var data = await api.DataAsync("{ stats { nodes { name count } relationships { name count } } }");

        var nodes = data.GetProperty("stats").GetProperty("nodes").EnumerateArray().ToDictionary(n => n.GetProperty("name").GetString()!, n => n.GetProperty("count").GetInt32());
        Assert.Equal(92, nodes["Paper"]);
        Assert.Equal(7, data.GetProperty("stats").GetProperty("relationships").GetArrayLength());
    }

    [Fact]
    public async Task Paper_Mentions_CarryEvidenceSpansOfTheText()
    {
        var data = await api.DataAsync($$"""
            { papers(where: { title: { eq: "{{MetaTraining}}" } }) { nodes { abstract datasets { dataset { name } evidence { field start end text } } } } }
            """);

        var paper = data.GetProperty("papers").GetProperty("nodes")[0];
        var text = paper.GetProperty("abstract").GetString()!;
        var squad = Assert.Single(paper.GetProperty("datasets").EnumerateArray(), d => d.GetProperty("dataset").GetProperty("name").GetString() == "SQuAD");
        var evidence = squad.GetProperty("evidence")[0];
        Assert.Equal("ABSTRACT", evidence.GetProperty("field").GetString());
        Assert.Equal("SQuAD", text[evidence.GetProperty("start").GetInt32()..evidence.GetProperty("end").GetInt32()]);
    }

    private async Task<List<string>> Titles(string query) =>
        (await api.DataAsync(query)).GetProperty("papers").GetProperty("nodes").EnumerateArray().Select(p => p.GetProperty("title").GetString()!).ToList();
}
