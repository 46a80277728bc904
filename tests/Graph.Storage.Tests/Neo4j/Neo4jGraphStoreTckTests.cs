using System.Net;
using Graph.Core;
using Graph.Core.Domain;
using Graph.Core.Querying;
using Graph.Core.Storage;
using Graph.Core.Traversals;
using Graph.Storage.Neo4j;
using static Graph.Storage.Tests.Neo4j.FakeNeo4jServer;
using static Graph.Storage.Tests.Neo4j.Neo4jTestData;

namespace Graph.Storage.Tests.Neo4j;

// Rows of canned answers are constant arrays built once per test.
#pragma warning disable CA1861

/// <summary>
/// Like neo4j/graphql's TCK: for each port operation, the statement (from the catalogue, placeholders filled) and
/// the parameters the store sends, and how it reads the documented answer, without a database.
/// </summary>
public sealed class Neo4jGraphStoreTckTests : IDisposable
{
    private readonly FakeNeo4jServer _server = new();
    private readonly Neo4jGraphStore _store;

    public Neo4jGraphStoreTckTests() => _store = _server.Store();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public void Dispose() => _server.Dispose();

    private RecordedRequest Only() => Assert.Single(_server.Statements);

    private static string Fill(string name, params (string, string)[] fills) => Neo4jCypher.Fill(name, Catalog(name), fills);

    [Fact]
    public async Task GetPapersAsync_Ids_SendsDistinctIdsAndReadsEveryField()
    {
        _server.When(Catalog("read/papers-by-id"), Result(["paper"], [[PaperMap("arxiv:1", "T", new DateOnly(2024, 1, 15), "Ada", "Alan")]]));

        var papers = await _store.GetPapersAsync(["arxiv:2", "arxiv:1", "arxiv:2"], Ct);

        Assert.Equal("""{"ids":["arxiv:1","arxiv:2"]}""", Only().Parameters);
        Assert.Equal(new DateOnly(2024, 1, 15), papers[0].PublishedOn);
        Assert.Equal(["Ada", "Alan"], papers[0].Authors);
        Assert.Null(papers[0].Upvotes);
        Assert.Equal(2, papers[0].AuthorCount);
        Assert.Equal("An abstract.", papers[0].Abstract);
    }

    [Fact]
    public async Task GetPapersAsync_NoIds_SendsNothing()
    {
        Assert.Empty(await _store.GetPapersAsync([], Ct));
        Assert.Empty(_server.Requests);
    }

    [Fact]
    public async Task GetEntitiesAsync_Ids_UsesTermsByIdAndReadsKindAndParent()
    {
        _server.When(Catalog("read/terms-by-id"), Result(["term"], [[TermMap("method:qlora", "Method", "QLoRA", "method:lora")]]));

        var term = Assert.Single(await _store.GetEntitiesAsync(["method:qlora"], Ct));

        Assert.Equal("""{"ids":["method:qlora"]}""", Only().Parameters);
        Assert.Equal(new Entity("method:qlora", EntityKind.Method, "QLoRA", ["QLoRA alias"], "method:lora", null) with { Aliases = term.Aliases }, term);
        Assert.Equal(["QLoRA alias"], term.Aliases);
    }

    [Fact]
    public async Task GetNodesAsync_Ids_ReadsLabelsAndNames()
    {
        _server.When(Catalog("read/nodes-by-id"), Result(["id", "label", "name"], [["org:acme", "Organization", "Acme"]]));

        var node = Assert.Single(await _store.GetNodesAsync(["org:acme"], Ct));

        Assert.Equal(new GraphNode("org:acme", NodeLabel.Organization, "Acme"), node);
    }

    [Fact]
    public async Task FindEntityAsync_KindAndName_FillsTheLabelAndSendsTheTrimmedLowerCaseKey()
    {
        await _store.FindEntityAsync(EntityKind.Dataset, "  Global MMLU ", Ct);

        Assert.Equal(Fill("read/find-term", ("__LABEL__", "Dataset")), Only().Statement);
        Assert.Equal("""{"key":"global mmlu"}""", Only().Parameters);
    }

    [Fact]
    public async Task GetMentionsAsync_OneKind_SendsItsTypeAndReadsEvidence()
    {
        var mention = Map(("entityId", "dataset:mmlu"), ("type", "EVALUATED_ON"), ("fields", new[] { "title", "abstract" }),
            ("starts", new[] { 0L, 4L }), ("ends", new[] { 4L, 8L }), ("texts", null), ("curated", true));
        _server.When(Catalog("read/mentions"), Result(["paperId", "mention", "source"],
            [["arxiv:1", mention, Map(("title", "MMLU rocks"), ("abstract", "Use MMLU now"))]]));

        var read = Assert.Single(await _store.GetMentionsAsync(["arxiv:1"], EntityKind.Dataset, Ct));

        Assert.Equal("""{"paperIds":["arxiv:1"],"type":"EVALUATED_ON"}""", Only().Parameters);
        Assert.True(read.Curated);
        Assert.Equal(EntityKind.Dataset, read.Kind);

        // Stored without texts (a CSV import): cut from the paper's text by UTF-16 offsets.
        Assert.Equal([new Evidence(TextField.Title, 0, 4, "MMLU"), new Evidence(TextField.Abstract, 4, 8, "MMLU")], read.Evidence);
    }

    [Fact]
    public async Task CountPapersAsync_TermIds_UsesPaperCounts()
    {
        _server.When(Catalog("read/paper-counts"), Result(["id", "papers"], [["method:lora", 4L], ["method:rlhf", 0L]]));

        var counts = await _store.CountPapersAsync(["method:rlhf", "method:lora"], Ct);

        Assert.Equal("""{"ids":["method:lora","method:rlhf"]}""", Only().Parameters);
        Assert.Equal(4, counts["method:lora"]);
        Assert.Equal(0, counts["method:rlhf"]);
    }

    [Fact]
    public async Task GetVariantsAsync_Parents_UsesVariants()
    {
        await _store.GetVariantsAsync(["method:lora"], Ct);

        Assert.Equal(Catalog("read/variants"), Only().Statement);
        Assert.Equal("""{"ids":["method:lora"]}""", Only().Parameters);
    }

    [Fact]
    public async Task ListPapersAsync_DefaultOrder_SortsNewestFirstWithMissingDatesLast()
    {
        var keys = new object?[] { new DateOnly(2024, 1, 15), "arxiv:1" };
        _server.Responder = r => Json(HttpStatusCode.OK, Result(["paper", "keys"], [[PaperMap("arxiv:1"), keys]]));

        var page = await _store.ListPapersAsync(new PaperQuery(null, [], PageRequest.FirstPage(20)), Ct);

        Assert.Equal(
            Fill("read/list-papers",
                ("__FILTER__", "true"), ("__AFTER__", "true"),
                ("__ORDER__", "(p.publishedOn IS NULL), p.publishedOn DESC, p.id ASC"), ("__KEYS__", "p.publishedOn, p.id")),
            Only().Statement);
        Assert.Equal("""{"limit":21}""", Only().Parameters);
        Assert.Equal(KeysetCursor.Encode("papers:PublishedOn-Desc,", ["2024-01-15", "arxiv:1"]), page.Edges[0].Cursor);
    }

    [Fact]
    public async Task ListPapersAsync_FilterAndCursor_CompilesBothIntoParameters()
    {
        var cursor = KeysetCursor.Encode("papers:Upvotes-Asc,", [10L, "arxiv:5"]);
        var query = new PaperQuery(
            new PaperFilter { Title = new() { Contains = "lora" }, PublishedOn = new() { Gte = new DateOnly(2024, 2, 1) } },
            [new(PaperSortField.Upvotes, SortDirection.Asc)],
            new PageRequest(First: 5, After: cursor));

        await _store.ListPapersAsync(query, Ct);

        Assert.Equal(
            Fill("read/list-papers",
                ("__FILTER__", "(toLower(p.title) CONTAINS toLower($p0)) AND (p.publishedOn >= date($p1))"),
                ("__AFTER__", "((p.upvotes IS NULL OR p.upvotes > $p3) OR (p.upvotes = $p3 AND p.id > $p2))"),
                ("__ORDER__", "(p.upvotes IS NULL), p.upvotes ASC, p.id ASC"),
                ("__KEYS__", "p.upvotes, p.id")),
            Only().Statement);
        Assert.Equal("""{"p0":"lora","p1":"2024-02-01","p2":"arxiv:5","p3":10,"limit":6}""", Only().Parameters);
    }

    [Fact]
    public async Task ListPapersAsync_BackwardFromAMissingValue_ReversesTheOrderAndKeepsPresentValues()
    {
        var cursor = KeysetCursor.Encode("papers:PublishedOn-Desc,", [null, "arxiv:9"]);

        await _store.ListPapersAsync(new PaperQuery(null, [], new PageRequest(Last: 2, Before: cursor)), Ct);

        Assert.Equal(
            Fill("read/list-papers",
                ("__FILTER__", "true"),
                ("__AFTER__", "(p.publishedOn IS NOT NULL OR (p.publishedOn IS NULL AND p.id < $p0))"),
                ("__ORDER__", "(p.publishedOn IS NULL) DESC, p.publishedOn ASC, p.id DESC"),
                ("__KEYS__", "p.publishedOn, p.id")),
            Only().Statement);
    }

    [Fact]
    public async Task ListPapersAsync_CursorOfAnotherOrdering_RaisesInvalidCursorWithoutARequest()
    {
        var cursor = KeysetCursor.Encode("papers:Title-Asc,", ["a", "arxiv:1"]);

        var error = await Assert.ThrowsAsync<GraphQueryException>(
            () => _store.ListPapersAsync(new PaperQuery(null, [], new PageRequest(First: 2, After: cursor)), Ct));

        Assert.Equal(ErrorCodes.InvalidCursor, error.Code);
        Assert.Empty(_server.Requests);
    }

    [Fact]
    public async Task CountPapersAsync_ListFilters_CompileToExistentialSubqueries()
    {
        _server.Responder = _ => Json(HttpStatusCode.OK, Result(["count"], [[3L]]));
        var where = new PaperFilter
        {
            Methods = new() { All = new() { Id = new() { In = ["method:lora"] } }, Any = true },
            Datasets = new() { Some = new() { PaperCount = new() { Gte = 4 } } },
        };

        Assert.Equal(3, await _store.CountPapersAsync(where, Ct));

        Assert.Equal(
            Fill("read/count-papers", ("__FILTER__",
                "(NOT EXISTS { MATCH (p)-[:USES_METHOD]->(linked:Method) WHERE NOT coalesce((linked.id IN $p0), false) }) AND " +
                "(EXISTS { (p)-[:USES_METHOD]->(linked:Method) }) AND " +
                "(EXISTS { MATCH (p)-[:EVALUATED_ON]->(linked:Dataset) WHERE (COUNT { (linked)<-[:EVALUATED_ON]-(:Paper) } >= $p1) })")),
            Only().Statement);
        Assert.Equal("""{"p0":["method:lora"],"p1":4}""", Only().Parameters);
    }

    [Fact]
    public async Task CountPapersAsync_NeqNinAndOr_TreatMissingValuesExplicitly()
    {
        _server.Responder = _ => Json(HttpStatusCode.OK, Result(["count"], [[1L]]));
        var where = new PaperFilter
        {
            Or = [new() { Organization = new() { Neq = "Acme" } }, new() { PublishedOn = new() { Nin = [new DateOnly(2024, 1, 15)] } }],
        };

        await _store.CountPapersAsync(where, Ct);

        Assert.Equal(
            Fill("read/count-papers", ("__FILTER__",
                "(((p.organization IS NULL OR p.organization <> $p0)) OR " +
                "((p.publishedOn IS NULL OR NOT p.publishedOn IN [day IN $p1 | date(day)])))")),
            Only().Statement);
        Assert.Equal("""{"p0":"Acme","p1":["2024-01-15"]}""", Only().Parameters);
    }

    [Fact]
    public async Task ListEntitiesAsync_ByPaperCount_FillsLabelAndCountsLinksOfTheKind()
    {
        await _store.ListEntitiesAsync(
            new EntityQuery(EntityKind.Model, new EntityFilter { Name = new() { StartsWith = "l" } },
                [new(EntitySortField.PaperCount, SortDirection.Desc)], PageRequest.FirstPage(3)),
            Ct);

        const string count = "COUNT { (e)<-[:USES_MODEL]-(:Paper) }";
        Assert.Equal(
            Fill("read/list-terms",
                ("__LABEL__", "Model"), ("__FILTER__", "(toLower(e.name) STARTS WITH toLower($p0))"), ("__AFTER__", "true"),
                ("__ORDER__", $"{count} DESC, e.id ASC"), ("__KEYS__", $"{count}, e.id")),
            Only().Statement);
        Assert.Equal("""{"p0":"l","limit":4}""", Only().Parameters);
    }

    [Fact]
    public async Task CountEntitiesAsync_Kind_FillsTheLabel()
    {
        _server.Responder = _ => Json(HttpStatusCode.OK, Result(["count"], [[3L]]));

        Assert.Equal(3, await _store.CountEntitiesAsync(EntityKind.Topic, null, Ct));

        Assert.Equal(Fill("read/count-terms", ("__LABEL__", "Topic"), ("__FILTER__", "true")), Only().Statement);
    }

    [Theory]
    [InlineData(false, "read/papers-sharing-benchmark")]
    [InlineData(true, "read/papers-sharing-benchmark-variants")]
    public async Task PapersSharingBenchmarkAsync_Papers_PagesEachSourceInOneStatement(bool variants, string name)
    {
        var text = Fill(name, ("__AFTER__", "true"), ("__ORDER__", "sharedCount DESC, p.id ASC"), ("__KEYS__", "sharedCount, p.id"));
        _server.When(text, Result(["sourceId", "paper", "sharedIds", "keys"],
            [["arxiv:1", PaperMap("arxiv:8"), new[] { "dataset:squad", "dataset:mmlu" }, new object[] { 2L, "arxiv:8" }]]));
        _server.When(Catalog("read/papers-by-id"), Result(["paper"], [[PaperMap("arxiv:1")], [PaperMap("arxiv:10")]]));

        var result = await _store.PapersSharingBenchmarkAsync(["arxiv:1", "arxiv:10"], variants, PageRequest.FirstPage(10), Ct);

        var request = _server.Statements[0];
        Assert.Equal(text, request.Statement);
        Assert.Equal("""{"paperIds":["arxiv:1","arxiv:10"],"limit":11}""", request.Parameters);
        var edge = Assert.Single(result["arxiv:1"].Edges);
        Assert.Equal(["dataset:mmlu", "dataset:squad"], edge.Node.SharedDatasetIds);
        Assert.Empty(result["arxiv:10"].Edges);
    }

    [Fact]
    public async Task BenchmarkOverlapsAsync_WithAndWithoutDataset_UsesTheScopedStatementOnlyWhenScoped()
    {
        await _store.BenchmarkOverlapsAsync(null, 2, 10, Ct);
        await _store.BenchmarkOverlapsAsync("dataset:gsm8k", 1, 5, Ct);

        Assert.Equal(Catalog("read/benchmark-overlaps"), _server.Statements[0].Statement);
        Assert.Equal("""{"minShared":2,"first":10}""", _server.Statements[0].Parameters);
        Assert.Equal(Catalog("read/benchmark-overlaps-of-dataset"), _server.Statements[1].Statement);
        Assert.Equal("""{"datasetId":"dataset:gsm8k","minShared":1,"first":5}""", _server.Statements[1].Parameters);
    }

    [Fact]
    public async Task RelatedPapersAsync_Papers_SendsCoreWeightsAndReadsScores()
    {
        _server.When(Catalog("read/related-papers"), Result(["sourceId", "paper", "score", "sharedIds"],
            [["arxiv:1", PaperMap("arxiv:8"), 2.5, new[] { "topic:qa", "dataset:mmlu" }]]));
        _server.When(Catalog("read/papers-by-id"), Result(["paper"], [[PaperMap("arxiv:1")]]));

        var related = await _store.RelatedPapersAsync(["arxiv:1"], 3, Ct);

        Assert.Equal(
            """{"paperIds":["arxiv:1"],"first":3,"methodWeight":1,"datasetWeight":1,"topicWeight":0.5,"modelWeight":0.75}""",
            _server.Statements[0].Parameters);
        var paper = Assert.Single(related["arxiv:1"]);
        Assert.Equal(2.5, paper.Score);
        Assert.Equal(["dataset:mmlu", "topic:qa"], paper.SharedEntityIds);
    }

    [Fact]
    public async Task CoOccurringAsync_OtherKind_FillsItsLabelAndType()
    {
        _server.Responder = _ => Json(HttpStatusCode.OK, Result(["entityId", "papers"], [["dataset:gsm8k", 2L]]));

        var terms = await _store.CoOccurringAsync("model:llama", EntityKind.Dataset, 3, Ct);

        Assert.Equal(Fill("read/co-occurring", ("__LABEL__", "Dataset"), ("__TYPE__", "EVALUATED_ON")), Only().Statement);
        Assert.Equal("""{"entityId":"model:llama","first":3}""", Only().Parameters);
        Assert.Equal([new CoOccurrence("dataset:gsm8k", 2)], terms);
    }

    [Fact]
    public async Task TrendAsync_Term_ReadsMonths()
    {
        _server.Responder = _ => Json(HttpStatusCode.OK, Result(["year", "month", "papers"], [[2024L, 1L, 2L]]));

        Assert.Equal([new MonthlyCount(2024, 1, 2)], await _store.TrendAsync("dataset:mmlu", Ct));
        Assert.Equal(Catalog("read/trend"), Only().Statement);
        Assert.Equal("""{"entityId":"dataset:mmlu"}""", Only().Parameters);
    }

    [Fact]
    public async Task NeighbourhoodAsync_DepthOne_WalksALevelThenReadsTheRelationshipsAmongTheNodes()
    {
        _server.Responder = r => r.Statement == Catalog("read/nodes-by-id")
            ? Json(HttpStatusCode.OK, Result(["id", "label", "name"], [["method:qlora", "Method", "QLoRA"], ["arxiv:2", "Paper", "P2"]]))
            : r.Statement == Catalog("read/relationships-touching") || r.Statement == Catalog("read/relationships-among")
                ? Json(HttpStatusCode.OK, Result(["type", "startId", "endId"], [["USES_METHOD", "arxiv:2", "method:qlora"]]))
                : Json(HttpStatusCode.OK, Result([], []));

        var subgraph = await _store.NeighbourhoodAsync("method:qlora", 1, 10, Ct);

        Assert.Equal(
            ["read/nodes-by-id", "read/relationships-touching", "read/nodes-by-id", "read/relationships-among"],
            _server.Statements.Select(r => NameOf(r.Statement!)));
        Assert.Equal("""{"ids":["method:qlora"]}""", _server.Statements[1].Parameters);
        Assert.Equal("""{"ids":["arxiv:2","method:qlora"]}""", _server.Statements[3].Parameters);
        Assert.Equal(["method:qlora", "arxiv:2"], subgraph.Nodes.Select(n => n.Id));
        Assert.Equal([new GraphRelationship("USES_METHOD", "arxiv:2", "method:qlora")], subgraph.Relationships);
    }

    [Fact]
    public async Task ShortestPathAsync_UnknownEnd_StopsAfterLookingUpTheEnds()
    {
        Assert.Null(await _store.ShortestPathAsync("arxiv:1", "arxiv:404", 4, Ct));

        Assert.Equal(Catalog("read/nodes-by-id"), Only().Statement);
        Assert.Equal("""{"ids":["arxiv:1","arxiv:404"]}""", Only().Parameters);
    }

    [Fact]
    public async Task SearchAsync_TextWithSyntax_QuotesEveryWordAndMarksMatchesInTheSnippet()
    {
        _server.Responder = _ => Json(HttpStatusCode.OK, Result(["paper", "score"],
            [[Map(("id", "arxiv:4"), ("title", "Direct Preference Optimization"), ("abstract", "Better on <GSM8K> & more."), ("authors", Array.Empty<string>())), 1.25]]));

        var hit = Assert.Single(await _store.SearchAsync("gsm8k OR \"x", 5, Ct));

        Assert.Equal(Catalog("read/search"), Only().Statement);
        Assert.Equal(
            """{"query":"\u002B(title:\u0022gsm8k\u0022^3 abstract:\u0022gsm8k\u0022) \u002B(title:\u0022OR\u0022^3 abstract:\u0022OR\u0022) \u002B(title:\u0022x\u0022^3 abstract:\u0022x\u0022)","first":5}""",
            Only().Parameters);
        Assert.Equal(1.25, hit.Rank);
        Assert.Equal("Better on &lt;<mark>GSM8K</mark>&gt; &amp; more.", hit.Snippet);
    }

    [Fact]
    public async Task SearchAsync_OnlyPunctuation_SendsNothing()
    {
        Assert.Empty(await _store.SearchAsync("\" * - :", 5, Ct));
        Assert.Empty(_server.Requests);
    }

    [Fact]
    public async Task GetStatsAsync_Counts_FillsEveryLabelAndType()
    {
        _server.When(Catalog("read/stats-nodes"), Result(["name", "count"], [["Paper", 12L]]));
        _server.When(Catalog("read/stats-relationships"), Result(["name", "count"], [["VARIANT_OF", 2L]]));

        var stats = await _store.GetStatsAsync(Ct);

        Assert.Equal(12, stats.NodesByLabel["Paper"]);
        Assert.Equal(0, stats.NodesByLabel["Author"]);
        Assert.Equal(2, stats.RelationshipsByType["VARIANT_OF"]);
        Assert.Equal(7, stats.RelationshipsByType.Count);
    }

    [Fact]
    public async Task ReadAllPapersAsync_Chunk_ReadsLinksAndCandidates()
    {
        var mention = Map(("entityId", "method:lora"), ("type", "USES_METHOD"), ("fields", new[] { "title" }),
            ("starts", new[] { 0L }), ("ends", new[] { 4L }), ("texts", new[] { "LoRA" }), ("curated", false));
        var candidate = Map(("name", "single GPU"), ("abbreviation", null), ("suggestedKind", "Method"), ("confidence", 1L),
            ("pattern", "noun-phrase"), ("field", "abstract"), ("startOffset", 3L), ("endOffset", 13L), ("text", "single GPU"));
        _server.Enqueue(HttpStatusCode.OK, Result(["paper", "mentions", "candidates"],
            [[PaperMap("arxiv:1", "LoRA etc"), new object[] { mention }, new object[] { candidate }]]));

        var papers = new List<PaperGraph>();
        await foreach (var paper in _store.ReadAllPapersAsync(Ct))
        {
            papers.Add(paper);
        }

        Assert.Equal("""{"after":"","size":500}""", Only().Parameters);
        var graph = Assert.Single(papers);
        Assert.Equal(new Evidence(TextField.Title, 0, 4, "LoRA"), Assert.Single(Assert.Single(graph.Mentions).Evidence));
        var proposed = Assert.Single(graph.Candidates);
        Assert.Equal(EntityKind.Method, proposed.SuggestedKind);
        Assert.Equal(1.0, proposed.Confidence);
        Assert.Equal("arxiv:1", proposed.PaperId);
    }

    [Fact]
    public async Task InitializeAsync_FreshDatabase_CreatesEverySchemaObjectInItsOwnTransactionThenRecordsTheVersion()
    {
        await _store.InitializeAsync(Ct);

        var names = _server.Statements.Select(r => NameOf(r.Statement!)).ToList();
        Assert.Equal("schema/version", names[0]);
        Assert.Equal(9, names.Count(n => n == "schema/id-constraint"));
        Assert.Equal(["schema/await-indexes", "schema/set-version"], names[^2..]);
        Assert.Contains("CREATE FULLTEXT INDEX paper_text IF NOT EXISTS FOR (p:Paper) ON EACH [p.title, p.abstract]",
            _server.Statements.Select(r => r.Statement));
        Assert.Contains("CREATE CONSTRAINT paper_id IF NOT EXISTS FOR (n:Paper) REQUIRE n.id IS UNIQUE",
            _server.Statements.Select(r => r.Statement));
        Assert.All(_server.Requests, r => Assert.Equal("/db/neo4j/query/v2", r.Path));
        Assert.Contains("\"version\":1", _server.Statements[^1].Parameters, StringComparison.Ordinal);
    }

    [Fact]
    public async Task InitializeAsync_NewerSchema_FailsWithoutChangingAnything()
    {
        _server.When(Catalog("schema/version"), Result(["version"], [[9L]]));

        var error = await Assert.ThrowsAsync<GraphStoreException>(() => _store.InitializeAsync(Ct));

        Assert.IsType<InvalidOperationException>(error.InnerException);
        Assert.Single(_server.Requests);
    }

    [Fact]
    public async Task WriteAsync_Batch_ChecksThenRunsTheIngestPlanInOneTransaction()
    {
        _server.When(Catalog("write/term-state"), Result(["id", "kind", "ancestors"], [["method:lora", "Method", Array.Empty<string>()]]));
        var paper = new PaperGraph(
            new Paper("arxiv:1", "LoRA", "", new DateOnly(2024, 1, 1), 1, 3, "1", "Acme", ["Ada"]),
            [new Mention("arxiv:1", "method:lora", EntityKind.Method, [new Evidence(TextField.Title, 0, 4, "LoRA")])],
            [new CandidateTerm("Thing", null, null, 0.5, "noun-phrase", "arxiv:1", new Evidence(TextField.Title, 0, 4, "LoRA"))]);
        var progress = new List<int>();

        var summary = await _store.WriteAsync(new GraphBatch([], [paper]), new SyncProgress(progress.Add), Ct);

        Assert.Equal(
            ["write/lock-writes", "write/term-state", "write/previous-links", "write/curated-links", "ingest/merge-papers",
             "ingest/merge-mentions", "ingest/merge-organizations", "ingest/merge-authors", "ingest/merge-candidates"],
            _server.Statements.Select(r => NameOf(r.Statement!)));
        Assert.Equal("""{"ids":["method:lora"]}""", _server.Statements[1].Parameters);
        Assert.Equal("""{"paperIds":["arxiv:1"]}""", _server.Statements[3].Parameters);
        Assert.Equal(
            """{"rows":[{"paperId":"arxiv:1","entityId":"method:lora","fields":["title"],"starts":[0],"ends":[4],"texts":["LoRA"],"curated":false}]}""",
            _server.Statements[5].Parameters);
        Assert.Equal("/db/neo4j/query/v2/tx", _server.Requests[0].Path);
        Assert.EndsWith("/commit", _server.Requests[^1].Path, StringComparison.Ordinal);
        Assert.Equal([1], progress);
        Assert.Equal(1, summary.LinksByKind[EntityKind.Method]);
        Assert.Equal(1, summary.Candidates);
    }

    [Fact]
    public async Task WriteAsync_LinkToUnknownTerm_RaisesInvalidArgumentAndRollsBackBeforeWriting()
    {
        var paper = new PaperGraph(
            new Paper("arxiv:1", "T", "", null, null, null, null, null, []),
            [new Mention("arxiv:1", "method:nope", EntityKind.Method, [])],
            []);

        var error = await Assert.ThrowsAsync<GraphQueryException>(() => _store.WriteAsync(new GraphBatch([], [paper]), cancellationToken: Ct));

        Assert.Equal(ErrorCodes.InvalidArgument, error.Code);
        Assert.Equal(["write/lock-writes", "write/term-state"], _server.Statements.Select(r => NameOf(r.Statement!)));
        Assert.Equal(HttpMethod.Delete, _server.Requests[^1].Method);
    }

    [Fact]
    public async Task WriteAsync_VariantCycle_IsFoundFromStoredAncestors()
    {
        _server.When(Catalog("write/term-state"), Result(["id", "kind", "ancestors"],
            [["method:lora", "Method", Array.Empty<string>()], ["method:qlora", "Method", new[] { "method:lora" }]]));
        var cyclic = new Entity("method:lora", EntityKind.Method, "LoRA", [], "method:qlora", null);

        var error = await Assert.ThrowsAsync<GraphQueryException>(() => _store.WriteAsync(new GraphBatch([cyclic], []), cancellationToken: Ct));

        Assert.Contains("cycle", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GetChangesAsync_NodeAndCursor_PagesNewestFirstBySequence()
    {
        var change = Map(("sequence", 4L), ("at", new DateTimeOffset(2025, 1, 1, 0, 0, 0, TimeSpan.Zero)), ("actor", "a"),
            ("operation", "linkPaper"), ("targets", new[] { "arxiv:1" }), ("summary", "s"));
        _server.Responder = _ => Json(HttpStatusCode.OK, Result(["change"], [[change]]));

        var page = await _store.GetChangesAsync("arxiv:1", new PageRequest(First: 1, After: KeysetCursor.Encode("changes:Sequence-Desc", [5L])), Ct);

        Assert.Equal(Catalog("read/changes"), Only().Statement);
        Assert.Equal("""{"nodeId":"arxiv:1","after":5,"limit":2}""", Only().Parameters);
        Assert.Equal(4, Assert.Single(page.Edges).Node.Sequence);
        Assert.True(page.HasPreviousPage);
        Assert.False(page.HasNextPage);
    }

    private sealed class SyncProgress(Action<int> report) : IProgress<int>
    {
        public void Report(int value) => report(value);
    }
}
