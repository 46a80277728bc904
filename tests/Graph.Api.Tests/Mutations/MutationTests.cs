using System.Text.Json;

namespace Graph.Api.Tests.Mutations;

/// <summary>Curation through GraphQL: validation, payload errors, authorization, audit trail.</summary>
public class MutationTests(WriterFixture api) : IClassFixture<WriterFixture>
{
    private const string AddPaper = """
        mutation($input: AddPaperInput!) {
          addPaper(input: $input) {
            paper { id title arxivId methods { method { name } } datasets { dataset { name } } history { nodes { actor operation } } }
            errors { __typename code message ... on ValidationError { field } }
          }
        }
        """;

    [Fact]
    public async Task AddPaper_WithoutCredential_IsRefusedAndWritesNothing()
    {
        var before = await PaperCountAsync();

        var body = await api.PostAsync(AddPaper, new { input = new { title = "Anonymous paper" } }, key: null);

        Assert.Equal("AUTH_NOT_AUTHENTICATED", body.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString());
        Assert.False(body.TryGetProperty("data", out var data) && data.ValueKind != JsonValueKind.Null);
        Assert.Equal(before, await PaperCountAsync());
    }

    [Fact]
    public async Task AddPaper_WithWrongKey_IsRefused()
    {
        var body = await api.PostAsync(AddPaper, new { input = new { title = "Wrong key paper" } }, key: "graph_not_a_key");

        Assert.Equal("AUTH_NOT_AUTHENTICATED", body.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString());
    }

    [Fact]
    public async Task AddPaper_Valid_ExtractsLinksAndRecordsWhoAdded()
    {
        var data = await api.DataAsync(AddPaper, new
        {
            input = new
            {
                title = "QLoRA fine-tuning for reading comprehension",
                @abstract = "We fine-tune with QLoRA and evaluate on SQuAD and MMLU.",
                url = "https://arxiv.org/abs/2305.14314",
                publishedOn = "2023-05-23",
                authors = new[] { "Tim Dettmers", "Artidoro Pagnoni" },
            },
        });

        var payload = data.GetProperty("addPaper");
        Assert.Empty(payload.GetProperty("errors").EnumerateArray());
        var paper = payload.GetProperty("paper");
        Assert.Equal("2305.14314", paper.GetProperty("arxivId").GetString());
        Assert.Contains(paper.GetProperty("methods").EnumerateArray(), m => m.GetProperty("method").GetProperty("name").GetString() == "QLoRA");
        Assert.Equal(["MMLU", "SQuAD"], paper.GetProperty("datasets").EnumerateArray().Select(d => d.GetProperty("dataset").GetProperty("name").GetString()).Order());
        var change = Assert.Single(paper.GetProperty("history").GetProperty("nodes").EnumerateArray());
        Assert.Equal(("alice", "addPaper"), (change.GetProperty("actor").GetString(), change.GetProperty("operation").GetString()));
    }

    [Fact]
    public async Task AddPaper_Invalid_ReturnsFieldErrorsAndWritesNothing()
    {
        var before = await PaperCountAsync();

        var data = await api.DataAsync(AddPaper, new
        {
            input = new { title = "", arxivId = "not-an-id", url = "ftp://example.org/x", publishedOn = "2999-01-01", upvotes = -1 },
        });

        var payload = data.GetProperty("addPaper");
        Assert.Equal(JsonValueKind.Null, payload.GetProperty("paper").ValueKind);
        var errors = payload.GetProperty("errors").EnumerateArray().ToDictionary(e => e.GetProperty("field").GetString()!, e => e.GetProperty("code").GetString());
        Assert.Equal("REQUIRED", errors["title"]);
        Assert.Equal("INVALID_ARXIV_ID", errors["arxivId"]);
        Assert.Equal("INVALID_URL", errors["url"]);
        Assert.Equal("DATE_IN_FUTURE", errors["publishedOn"]);
        Assert.Equal("OUT_OF_RANGE", errors["upvotes"]);
        Assert.All(payload.GetProperty("errors").EnumerateArray(), e => Assert.Equal("ValidationError", e.GetProperty("__typename").GetString()));
        Assert.Equal(before, await PaperCountAsync());
    }

    [Fact]
    public async Task AddPaper_Twice_SecondIsAConflict()
    {
        var input = new { input = new { title = "A paper added twice", arxivId = "2401.00001" } };
        await api.DataAsync(AddPaper, input);

        var data = await api.DataAsync(AddPaper, input);

        var error = Assert.Single(data.GetProperty("addPaper").GetProperty("errors").EnumerateArray());
        Assert.Equal(("ConflictError", "CONFLICT"), (error.GetProperty("__typename").GetString(), error.GetProperty("code").GetString()));
    }

    [Fact]
    public async Task LinkPaper_CuratedLinkWithEvidence_SurvivesUpdateOfTheText()
    {
        var paper = (await api.DataAsync(AddPaper, new { input = new { title = "Curated links", @abstract = "We study soups of weights." } }))
            .GetProperty("addPaper").GetProperty("paper").GetProperty("id").GetString();
        var soups = await api.TermIdAsync("method", "Model Soups");

        var linked = await api.DataAsync("""
            mutation($p: ID!, $t: ID!) { linkPaper(input: { paperId: $p, termId: $t, evidence: [{ field: ABSTRACT, start: 9, end: 25 }] }) {
              paper { methods { method { name } evidence { text } } } errors { code } } }
            """, new { p = paper, t = soups });
        var updated = await api.DataAsync("""
            mutation($p: ID!) { updatePaper(input: { id: $p, abstract: "We study soups of weights with LoRA." }) {
              paper { abstract methods { method { name } } } errors { code } } }
            """, new { p = paper });

        var link = Assert.Single(linked.GetProperty("linkPaper").GetProperty("paper").GetProperty("methods").EnumerateArray());
        Assert.Equal("soups of weights", link.GetProperty("evidence")[0].GetProperty("text").GetString());
        var methods = updated.GetProperty("updatePaper").GetProperty("paper").GetProperty("methods").EnumerateArray()
            .Select(m => m.GetProperty("method").GetProperty("name").GetString()).Order().ToList();
        Assert.Equal(["LoRA", "Model Soups"], methods);
    }

    [Fact]
    public async Task LinkPaper_UnknownTerm_IsNotFound()
    {
        var paper = await api.PaperIdAsync("Pointer Networks");
        var missing = Graph.Api.GraphQL.GlobalId.Encode(Graph.Core.Domain.NodeLabel.Method, "method:no-such-method");

        var data = await api.DataAsync("mutation($p: ID!, $t: ID!) { linkPaper(input: { paperId: $p, termId: $t }) { paper { id } errors { __typename code } } }",
            new { p = paper, t = missing });

        var error = Assert.Single(data.GetProperty("linkPaper").GetProperty("errors").EnumerateArray());
        Assert.Equal(("NotFoundError", "NOT_FOUND"), (error.GetProperty("__typename").GetString(), error.GetProperty("code").GetString()));
    }

    [Fact]
    public async Task UnlinkPaper_RemovesTheLink()
    {
        var paper = await api.PaperIdAsync("Meta-training with Demonstration Retrieval for Efficient Few-shot Learning");
        var squad = await api.TermIdAsync("dataset", "SQuAD");

        var data = await api.DataAsync("mutation($p: ID!, $t: ID!) { unlinkPaper(input: { paperId: $p, termId: $t }) { paper { datasets { dataset { name } } } errors { code } } }",
            new { p = paper, t = squad });

        Assert.DoesNotContain(data.GetProperty("unlinkPaper").GetProperty("paper").GetProperty("datasets").EnumerateArray(),
            d => d.GetProperty("dataset").GetProperty("name").GetString() == "SQuAD");
    }

    [Fact]
    public async Task UnlinkPaper_ThenIngestTheSameListingAgain_TheLinkStaysGoneUntilACuratorLinksIt()
    {
        const string listing = """{"title":"Rejected links survive ingestion","abstract":"We fine-tune with QLoRA and evaluate on SQuAD."}""";
        const string ingest = "mutation($t: String!) { ingest(input: { text: $t }) { papers errors { code } } }";
        await api.DataAsync(ingest, new { t = listing });
        var paper = await api.PaperIdAsync("Rejected links survive ingestion");
        var squad = await api.TermIdAsync("dataset", "SQuAD");
        var before = await DatasetNamesAsync(paper);

        await api.DataAsync("mutation($p: ID!, $t: ID!) { unlinkPaper(input: { paperId: $p, termId: $t }) { errors { code } } }", new { p = paper, t = squad });
        await api.DataAsync(ingest, new { t = listing });
        var afterIngest = await DatasetNamesAsync(paper);
        await api.DataAsync("mutation($p: ID!, $t: ID!) { linkPaper(input: { paperId: $p, termId: $t }) { errors { code } } }", new { p = paper, t = squad });
        await api.DataAsync(ingest, new { t = listing });
        var afterLink = await DatasetNamesAsync(paper);

        Assert.Contains("SQuAD", before);
        Assert.DoesNotContain("SQuAD", afterIngest);
        Assert.Contains("SQuAD", afterLink);
        var history = await api.DataAsync("query($p: ID!) { changes(nodeId: $p, first: 10) { nodes { operation } } }", new { p = paper });
        Assert.Equal(
            ["addPaper", "linkPaper", "addPaper", "unlinkPaper", "addPaper"],
            history.GetProperty("changes").GetProperty("nodes").EnumerateArray().Select(c => c.GetProperty("operation").GetString()));
    }

    [Fact]
    public async Task AddMethod_WithRelink_LinksPapersThatNameIt()
    {
        var data = await api.DataAsync("""
            mutation { addMethod(input: { name: "Adaptive Self-Refinement", aliases: ["ASR refinement"], parent: "Self-Refine", relink: true }) {
              term { name ... on Method { parent { name } papers { totalCount } } } relinkedPapers errors { code } } }
            """);

        var payload = data.GetProperty("addMethod");
        Assert.Empty(payload.GetProperty("errors").EnumerateArray());
        Assert.Equal(1, payload.GetProperty("relinkedPapers").GetInt32());
        Assert.Equal("Self-Refine", payload.GetProperty("term").GetProperty("parent").GetProperty("name").GetString());
        Assert.Equal(1, payload.GetProperty("term").GetProperty("papers").GetProperty("totalCount").GetInt32());
    }

    [Fact]
    public async Task AddDataset_TakenNameAndDuplicateAliases_AreValidationErrors()
    {
        var data = await api.DataAsync("""
            mutation { addDataset(input: { name: "MMLU", aliases: ["Fresh Bench", "fresh bench"] }) { term { name } errors { code ... on ValidationError { field } } } }
            """);

        var codes = data.GetProperty("addDataset").GetProperty("errors").EnumerateArray().Select(e => e.GetProperty("code").GetString()).ToList();
        Assert.Contains("NAME_TAKEN", codes);
        Assert.Contains("DUPLICATE_ALIAS", codes);
    }

    [Fact]
    public async Task MergeEntities_SelfAndAcrossKinds_AreRefused_ThenMergeFoldsNames()
    {
        var lora = await api.TermIdAsync("method", "LoRA");
        var mmlu = await api.TermIdAsync("dataset", "MMLU");
        var self = await api.DataAsync("mutation($a: ID!) { mergeEntities(input: { survivorId: $a, mergedId: $a }) { errors { code } } }", new { a = lora });
        var across = await api.DataAsync("mutation($a: ID!, $b: ID!) { mergeEntities(input: { survivorId: $a, mergedId: $b }) { errors { code } } }", new { a = lora, b = mmlu });
        var added = await api.DataAsync("""mutation { addMethod(input: { name: "Low Rank Adapters Done Twice" }) { term { id } errors { code } } }""");
        var duplicate = added.GetProperty("addMethod").GetProperty("term").GetProperty("id").GetString();

        var merged = await api.DataAsync("mutation($a: ID!, $b: ID!) { mergeEntities(input: { survivorId: $a, mergedId: $b }) { survivor { name aliases } errors { code } } }",
            new { a = lora, b = duplicate });

        Assert.Equal("SELF_MERGE", self.GetProperty("mergeEntities").GetProperty("errors")[0].GetProperty("code").GetString());
        Assert.Equal("KIND_MISMATCH", across.GetProperty("mergeEntities").GetProperty("errors")[0].GetProperty("code").GetString());
        Assert.Contains("Low Rank Adapters Done Twice", merged.GetProperty("mergeEntities").GetProperty("survivor").GetProperty("aliases").EnumerateArray().Select(a => a.GetString()));
        Assert.Equal("LoRA", (await api.DataAsync("""{ method(name: "Low Rank Adapters Done Twice") { name } }""")).GetProperty("method").GetProperty("name").GetString());
    }

    [Fact]
    public async Task Ingest_Ndjson_AddsPapers_AndBadListingIsAFieldError()
    {
        const string listing = """
            {"title":"Ingested through the API one","abstract":"We use DPO on GSM8K."}
            {"title":"Ingested through the API two","abstract":"Chain-of-thought prompting on MATH benchmark problems."}
            """;

        var good = await api.DataAsync("mutation($t: String!) { ingest(input: { text: $t }) { format papers links { name count } errors { code } } }", new { t = listing });
        var bad = await api.DataAsync("""mutation { ingest(input: { text: "{\"title\": \"cut" }) { papers errors { code message ... on ValidationError { field } } } }""");

        Assert.Equal(2, good.GetProperty("ingest").GetProperty("papers").GetInt32());
        Assert.Equal("GraphNdjson", good.GetProperty("ingest").GetProperty("format").GetString());
        var error = Assert.Single(bad.GetProperty("ingest").GetProperty("errors").EnumerateArray());
        Assert.Equal(("INVALID_LISTING", "text"), (error.GetProperty("code").GetString(), error.GetProperty("field").GetString()));
    }

    [Fact]
    public async Task ConcurrentLinksToOnePaper_BothLand()
    {
        var paper = await api.PaperIdAsync("Pointer Networks");
        var methods = new[] { "Knowledge Distillation", "Beam Search", "Curriculum Learning", "Dropout" };
        var ids = await Task.WhenAll(methods.Select(m => api.TermIdAsync("method", m)));

        var results = await Task.WhenAll(ids.Select(t => api.DataAsync(
            "mutation($p: ID!, $t: ID!) { linkPaper(input: { paperId: $p, termId: $t }) { errors { code } } }", new { p = paper, t })));

        Assert.All(results, r => Assert.Empty(r.GetProperty("linkPaper").GetProperty("errors").EnumerateArray()));
        var linked = (await api.DataAsync("query($p: ID!) { node(id: $p) { ... on Paper { methods { method { name } } } } }", new { p = paper }))
            .GetProperty("node").GetProperty("methods").EnumerateArray().Select(m => m.GetProperty("method").GetProperty("name").GetString()).ToList();
        Assert.All(methods, m => Assert.Contains(m, linked));
        var history = await api.DataAsync("query($p: ID!) { changes(nodeId: $p, first: 50) { nodes { operation actor } } }", new { p = paper });
        Assert.True(history.GetProperty("changes").GetProperty("nodes").EnumerateArray().Count(c => c.GetProperty("operation").GetString() == "linkPaper") >= methods.Length);
    }

    private async Task<List<string?>> DatasetNamesAsync(string paper) =>
        (await api.DataAsync("query($p: ID!) { node(id: $p) { ... on Paper { datasets { dataset { name } } } } }", new { p = paper }))
            .GetProperty("node").GetProperty("datasets").EnumerateArray().Select(d => d.GetProperty("dataset").GetProperty("name").GetString()).ToList();

    private async Task<int> PaperCountAsync() =>
        (await api.DataAsync("{ papers { totalCount } }")).GetProperty("papers").GetProperty("totalCount").GetInt32();
}
