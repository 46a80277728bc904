using System.Net;
using Graph.Core;
using Graph.Core.Curation;
using Graph.Core.Domain;
using Graph.Storage.Neo4j;
using static Graph.Storage.Tests.Neo4j.FakeNeo4jServer;
using static Graph.Storage.Tests.Neo4j.Neo4jTestData;

namespace Graph.Storage.Tests.Neo4j;

/// <summary>
/// The statements and parameters of every curation change and of the writes that meet curated links, with the
/// store's checks made in the order and with the codes of the contract suite (which needs a real Neo4j to run).
/// </summary>
public sealed class Neo4jCurationTckTests : IDisposable
{
    private static readonly ChangeContext Context = new("curator", new DateTimeOffset(2025, 1, 2, 3, 4, 5, TimeSpan.FromHours(2)), "why");

    private readonly FakeNeo4jServer _server = new();
    private readonly Neo4jGraphStore _store;

    public Neo4jCurationTckTests()
    {
        _store = _server.Store();
        _server.When(Catalog("curation/next-sequence"), Result(["sequence"], [[7L]]));
    }

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public void Dispose() => _server.Dispose();

    private List<string> Names => _server.Statements.Select(r => NameOf(r.Statement!)).ToList();

    private string ParametersOf(string name) => _server.Statements.Single(r => NameOf(r.Statement!) == name).Parameters;

    private static string Fill(string name, params (string, string)[] fills) => Neo4jCypher.Fill(name, Catalog(name), fills);

    private void Papers(params Dictionary<string, object?>[] papers) =>
        _server.When(Catalog("read/papers-by-id"), Result(["paper"], papers.Select(p => new object?[] { p }).ToArray()));

    private void Terms(params (string Id, string Kind, string[] Ancestors)[] terms) =>
        _server.When(Catalog("write/term-state"), Result(["id", "kind", "ancestors"], terms.Select(t => new object?[] { t.Id, t.Kind, t.Ancestors }).ToArray()));

    private static Dictionary<string, object?> Link(string entityId, string type, bool curated, params Evidence[] spans) => Map(
        ("entityId", entityId), ("type", type), ("fields", spans.Select(s => s.Field.ToString().ToLowerInvariant()).ToArray()),
        ("starts", spans.Select(s => (long)s.Start).ToArray()), ("ends", spans.Select(s => (long)s.End).ToArray()),
        ("texts", spans.Select(s => s.Text).ToArray()), ("curated", curated));

    private void AssertRolledBack()
    {
        Assert.DoesNotContain(_server.Requests, r => r.Path.EndsWith("/commit", StringComparison.Ordinal));
        Assert.Equal(HttpMethod.Delete, _server.Requests[^1].Method);
    }

    private async Task<string> RefusedAsync(GraphChange change)
    {
        var error = await Assert.ThrowsAnyAsync<Exception>(() => _store.ApplyAsync(change, Context, Ct));
        AssertRolledBack();
        return error switch
        {
            CurationConflictException conflict => conflict.Code,
            GraphQueryException query => query.Code,
            _ => throw error,
        };
    }

    [Fact]
    public async Task ApplyAsync_LinkPaper_ChecksPaperTermAndEvidenceThenWritesTheLinkAndARecordInUtc()
    {
        Papers(PaperMap("arxiv:1", "MMLU rocks"));
        Terms(("dataset:mmlu", "Dataset", []));
        _server.When(Fill("curation/link-paper", ("__LABEL__", "Dataset"), ("__TYPE__", "EVALUATED_ON")), Result(["linked"], [[1L]]));
        var span = new Evidence(TextField.Title, 0, 4, "MMLU");

        var record = await _store.ApplyAsync(
            new LinkPaper(new Mention("arxiv:1", "dataset:mmlu", EntityKind.Dataset, [span])), Context, Ct);

        Assert.Equal(
            ["curation/next-sequence", "read/papers-by-id", "write/term-state", "curation/link-paper", "curation/record-change"],
            Names);
        Assert.Equal("""{"ids":["dataset:mmlu"]}""", ParametersOf("write/term-state"));
        Assert.Equal(
            """{"paperId":"arxiv:1","entityId":"dataset:mmlu","fields":["title"],"starts":[0],"ends":[4],"texts":["MMLU"]}""",
            ParametersOf("curation/link-paper"));
        Assert.Equal(
            """{"sequence":7,"at":"2025-01-02T01:04:05.0000000\u002B00:00","actor":"curator","operation":"linkPaper","targets":["arxiv:1","dataset:mmlu"],"summary":"why"}""",
            ParametersOf("curation/record-change"));
        Assert.Equal(
            new ChangeRecord(7, new DateTimeOffset(2025, 1, 2, 1, 4, 5, TimeSpan.Zero), "curator", "linkPaper", record.Targets, "why"),
            record);
        Assert.Equal(TimeSpan.Zero, record.At.Offset);
        Assert.EndsWith("/commit", _server.Requests[^1].Path, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("missing paper", ErrorCodes.NotFound, "curation/next-sequence read/papers-by-id")]
    [InlineData("missing term", ErrorCodes.NotFound, "curation/next-sequence read/papers-by-id write/term-state")]
    [InlineData("another kind", ErrorCodes.InvalidArgument, "curation/next-sequence read/papers-by-id write/term-state")]
    [InlineData("evidence not in the text", ErrorCodes.InvalidArgument, "curation/next-sequence read/papers-by-id write/term-state")]
    [InlineData("evidence past the end", ErrorCodes.InvalidArgument, "curation/next-sequence read/papers-by-id write/term-state")]
    public async Task ApplyAsync_LinkPaperRefused_RaisesTheContractCodeBeforeWriting(string problem, string code, string statements)
    {
        if (problem != "missing paper")
        {
            Papers(PaperMap("arxiv:1", "MMLU rocks"));
        }

        if (problem != "missing term")
        {
            Terms(("dataset:mmlu", problem == "another kind" ? "Topic" : "Dataset", []));
        }

        var span = problem switch
        {
            "evidence not in the text" => new Evidence(TextField.Title, 0, 4, "mmlu"),
            "evidence past the end" => new Evidence(TextField.Abstract, 10, 40, "An abstract."),
            _ => new Evidence(TextField.Title, 5, 10, "rocks"),
        };

        Assert.Equal(code, await RefusedAsync(new LinkPaper(new Mention("arxiv:1", "dataset:mmlu", EntityKind.Dataset, [span]))));
        Assert.Equal(statements.Split(' '), Names);
    }

    [Fact]
    public async Task ApplyAsync_UnlinkPaper_RemovesTheLinkAndRecordsItsRejectionInOneStatement()
    {
        _server.When(Catalog("curation/unlink-paper"), Result(["unlinked"], [[1L]]));

        await _store.ApplyAsync(new UnlinkPaper("arxiv:1", "dataset:mmlu"), Context, Ct);

        Assert.Equal(["curation/next-sequence", "curation/unlink-paper", "curation/record-change"], Names);
        Assert.Equal("""{"paperId":"arxiv:1","entityId":"dataset:mmlu"}""", ParametersOf("curation/unlink-paper"));
        Assert.Contains("MERGE (p)-[:REJECTED]->(e)", Catalog("curation/unlink-paper"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ApplyAsync_UnlinkWhatIsNotLinked_RaisesNotFound()
    {
        _server.When(Catalog("curation/unlink-paper"), Result(["unlinked"], [[0L]]));

        Assert.Equal(ErrorCodes.NotFound, await RefusedAsync(new UnlinkPaper("arxiv:1", "dataset:mmlu")));
    }

    [Fact]
    public async Task ApplyAsync_AddPaper_ChecksItsTermsThenWritesItAsABatchOfOne()
    {
        Terms(("method:lora", "Method", []));
        var paper = new PaperGraph(
            new Paper("arxiv:1", "LoRA", "", null, null, null, null, null, ["Ada"]),
            [new Mention("arxiv:1", "method:lora", EntityKind.Method, [new Evidence(TextField.Title, 0, 4, "LoRA")])],
            []);

        await _store.ApplyAsync(new AddPaper(paper), Context, Ct);

        Assert.Equal(
            ["curation/next-sequence", "write/term-state", "write/previous-links", "write/curated-links", "ingest/merge-papers",
             "ingest/merge-mentions", "ingest/merge-authors", "curation/record-change"],
            Names);
        Assert.Equal(
            """{"rows":[{"paperId":"arxiv:1","entityId":"method:lora","fields":["title"],"starts":[0],"ends":[4],"texts":["LoRA"],"curated":false}]}""",
            ParametersOf("ingest/merge-mentions"));
    }

    [Theory]
    [InlineData(false, ErrorCodes.NotFound, "Term 'method:a' does not exist.")]
    [InlineData(true, ErrorCodes.InvalidArgument, "Paper 'arxiv:1' links to term 'method:b' as a method, but it is a model.")]
    public async Task ApplyAsync_AddPaperLinkedToMissingOrOtherKindTerms_IsRefusedLikeSqlite(bool stored, string code, string message)
    {
        if (stored)
        {
            Terms(("method:a", "Model", []), ("method:b", "Model", []));
        }

        var paper = new PaperGraph(
            new Paper("arxiv:1", "T", "", null, null, null, null, null, []),
            [new Mention("arxiv:1", "method:b", EntityKind.Method, []), new Mention("arxiv:1", "method:a", EntityKind.Method, [])],
            []);

        var error = await Assert.ThrowsAnyAsync<Exception>(() => _store.ApplyAsync(new AddPaper(paper), Context, Ct));

        Assert.Equal(code, error is CurationConflictException c ? c.Code : ((GraphQueryException)error).Code);
        Assert.Equal(message, error.Message);
        Assert.Equal(["curation/next-sequence", "write/term-state"], Names);
        AssertRolledBack();
    }

    [Fact]
    public async Task ApplyAsync_UpdatePaperWithNewText_DropsTheCuratedSpansTheTextLost()
    {
        Papers(PaperMap("arxiv:1", "Old title"));
        var kept = new Evidence(TextField.Abstract, 3, 11, "abstract");
        var lost = new Evidence(TextField.Title, 0, 3, "Old");

        // The second link was stored without texts (a CSV import): they are cut from the paper's stored text.
        var imported = Link("model:bert", "USES_MODEL", true, new Evidence(TextField.Abstract, 0, 2, "An"));
        imported["texts"] = null;
        _server.When(Catalog("write/curated-links"), Result(["paperId", "mention", "source"],
        [
            ["arxiv:1", Link("method:dpo", "USES_METHOD", true, lost, kept), null],
            ["arxiv:1", imported, Map(("title", "Old title"), ("abstract", "An abstract."))],
        ]));
        var updated = new PaperGraph(new Paper("arxiv:1", "New title", "An abstract.", null, null, null, null, null, []), [], []);

        await _store.ApplyAsync(new UpdatePaper(updated, "Old title", "An abstract."), Context, Ct);

        Assert.Equal(
            ["curation/next-sequence", "read/papers-by-id", "write/previous-links", "write/curated-links", "write/replace-evidence",
             "ingest/merge-papers", "curation/record-change"],
            Names);
        Assert.Equal(
            """{"rows":[{"paperId":"arxiv:1","fields":["abstract"],"starts":[3],"ends":[11],"texts":["abstract"],"entityId":"method:dpo"}]}""",
            ParametersOf("write/replace-evidence"));
    }

    [Theory]
    [InlineData("Old title", "An abstract.", ErrorCodes.NotFound)]
    [InlineData("OLD TITLE", "An abstract.", ErrorCodes.Conflict)]
    [InlineData("Old title", "An abstract. ", ErrorCodes.Conflict)]
    public async Task ApplyAsync_UpdatePaperMissingOrEditedSinceRead_IsRefusedBeforeWriting(string title, string @abstract, string code)
    {
        if (code != ErrorCodes.NotFound)
        {
            Papers(PaperMap("arxiv:1", "Old title"));
        }

        var updated = new PaperGraph(new Paper("arxiv:1", "New", "", null, null, null, null, null, []), [], []);

        Assert.Equal(code, await RefusedAsync(new UpdatePaper(updated, title, @abstract)));
        Assert.Equal(["curation/next-sequence", "read/papers-by-id"], Names);
    }

    [Fact]
    public async Task ApplyAsync_RemovePaper_ReadsItsAuthorsRemovesItAndDeletesOrphans()
    {
        _server.When(Catalog("write/previous-links"), Result(["paperId", "organizationIds", "authorIds"], [["arxiv:1", new[] { "org:acme" }, new[] { "author:ada" }]]));
        _server.When(Catalog("curation/remove-paper"), Result(["removed"], [[1L]]));

        await _store.ApplyAsync(new RemovePaper("arxiv:1"), Context, Ct);

        Assert.Equal(
            ["curation/next-sequence", "write/previous-links", "curation/remove-paper", "write/delete-orphans", "curation/record-change"],
            Names);
        Assert.Equal("""{"organizationIds":["org:acme"],"authorIds":["author:ada"]}""", ParametersOf("write/delete-orphans"));
    }

    [Fact]
    public async Task ApplyAsync_RemoveMissingPaper_RaisesNotFound()
    {
        _server.When(Catalog("curation/remove-paper"), Result(["removed"], [[0L]]));

        Assert.Equal(ErrorCodes.NotFound, await RefusedAsync(new RemovePaper("arxiv:404")));
    }

    [Fact]
    public async Task ApplyAsync_UpsertTerm_ChecksParentAndPapersThenWritesTheTermItsParentAndItsLinks()
    {
        Terms(("method:lora", "Method", []));
        Papers(PaperMap("arxiv:9"));
        var dora = new Entity("method:dora", EntityKind.Method, "DoRA", ["Weight-Decomposed LoRA"], "method:lora", null);

        await _store.ApplyAsync(new UpsertTerm(dora, [new Mention("arxiv:9", "method:dora", EntityKind.Method, [])]), Context, Ct);

        Assert.Equal(
            ["curation/next-sequence", "write/term-state", "read/papers-by-id", "ingest/merge-entities", "ingest/merge-variants",
             "ingest/merge-mentions", "curation/record-change"],
            Names);
        Assert.Equal("""{"ids":["method:dora","method:lora"]}""", ParametersOf("write/term-state"));
        Assert.Equal("""{"rows":[{"id":"method:dora","parentId":"method:lora"}]}""", ParametersOf("ingest/merge-variants"));
        Assert.Equal(
            """{"rows":[{"paperId":"arxiv:9","entityId":"method:dora","fields":[],"starts":[],"ends":[],"texts":[],"curated":false}]}""",
            ParametersOf("ingest/merge-mentions"));
    }

    [Theory]
    [InlineData("missing parent", ErrorCodes.NotFound)]
    [InlineData("missing paper", ErrorCodes.NotFound)]
    [InlineData("kind changed", ErrorCodes.InvalidArgument)]
    [InlineData("parent of another kind", ErrorCodes.InvalidArgument)]
    [InlineData("cycle of variants", ErrorCodes.InvalidArgument)]
    public async Task ApplyAsync_UpsertTermThatContradictsTheGraph_IsRefusedBeforeWriting(string problem, string code)
    {
        Terms(
            ("method:lora", problem == "kind changed" ? "Dataset" : "Method", []),
            ("method:qlora", "Method", ["method:lora"]),
            ("dataset:mmlu", "Dataset", []));
        Papers(PaperMap("arxiv:9"));
        var lora = new Entity("method:lora", EntityKind.Method, "LoRA", [], null, null);
        var change = problem switch
        {
            "missing parent" => new UpsertTerm(lora with { ParentId = "method:not-there" }, []),
            "missing paper" => new UpsertTerm(lora, [new Mention("arxiv:404", "method:lora", EntityKind.Method, [])]),
            "parent of another kind" => new UpsertTerm(lora with { ParentId = "dataset:mmlu" }, []),
            "cycle of variants" => new UpsertTerm(lora with { ParentId = "method:qlora" }, []),
            _ => new UpsertTerm(lora, []),
        };

        Assert.Equal(code, await RefusedAsync(change));
        Assert.DoesNotContain(Names, n => n.StartsWith("ingest/", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ApplyAsync_MergeTerms_CombinesSharedLinksMovesTheRestRepointsVariantsAndKeepsTheNames()
    {
        Terms(("method:lora", "Method", []), ("method:low-rank", "Method", []));
        _server.When(Catalog("read/terms-by-id"), Result(["term"],
            [[TermMap("method:lora", "Method", "LoRA")], [TermMap("method:low-rank", "Method", "Low-Rank Adapters")]]));
        _server.When(Catalog("read/variants"), Result(["term"], [[TermMap("method:dora", "Method", "DoRA", "method:low-rank")]]));
        _server.When(Fill("curation/shared-term-papers", ("__LABEL__", "Method"), ("__TYPE__", "USES_METHOD")), Result(["paperId"], [["arxiv:1"]]));
        _server.When(Catalog("read/mentions"), Result(["paperId", "mention", "source"],
        [
            ["arxiv:1", Link("method:lora", "USES_METHOD", false, new Evidence(TextField.Abstract, 10, 14, "LoRA")), null],
            ["arxiv:1", Link("method:low-rank", "USES_METHOD", true,
                new Evidence(TextField.Abstract, 10, 14, "LoRA"), new Evidence(TextField.Title, 0, 8, "Low-Rank")), null],
        ]));

        await _store.ApplyAsync(new MergeTerms("method:lora", "method:low-rank"), Context, Ct);

        Assert.Equal(
            ["curation/next-sequence", "write/term-state", "read/terms-by-id", "read/variants", "curation/shared-term-papers",
             "read/mentions", "curation/combine-term-links", "curation/merge-term-links", "curation/merge-term-rejections",
             "ingest/merge-variants", "curation/delete-term", "ingest/merge-entities", "ingest/merge-variants", "curation/record-change"],
            Names);
        Assert.Equal("""{"paperIds":["arxiv:1"],"type":"USES_METHOD"}""", ParametersOf("read/mentions"));

        // Each span once, title before abstract, curated because one of the two links was.
        Assert.Equal(
            """{"survivorId":"method:lora","mergedId":"method:low-rank","rows":[{"paperId":"arxiv:1","fields":["title","abstract"],"starts":[0,10],"ends":[8,14],"texts":["Low-Rank","LoRA"],"curated":true}]}""",
            ParametersOf("curation/combine-term-links"));
        Assert.Equal("""{"survivorId":"method:lora","mergedId":"method:low-rank"}""", ParametersOf("curation/merge-term-rejections"));
        Assert.Equal(
            Fill("curation/merge-term-rejections", ("__LABEL__", "Method"), ("__TYPE__", "USES_METHOD")),
            _server.Statements.Single(r => NameOf(r.Statement!) == "curation/merge-term-rejections").Statement);
        Assert.Equal("""{"rows":[{"id":"method:dora","parentId":"method:lora"}]}""", _server.Statements[9].Parameters);
        Assert.Equal("""{"id":"method:low-rank"}""", ParametersOf("curation/delete-term"));
        Assert.Equal(
            """{"rows":[{"id":"method:lora","name":"LoRA","aliases":["LoRA alias","Low-Rank Adapters","Low-Rank Adapters alias"],"description":null}]}""",
            ParametersOf("ingest/merge-entities"));
        Assert.Equal("""{"rows":[{"id":"method:lora","parentId":null}]}""", _server.Statements[12].Parameters);
    }

    [Fact]
    public async Task ApplyAsync_MergeAnAncestorIntoItsVariant_TheVariantTakesItsPlaceAndParent()
    {
        Terms(("dataset:global-mmlu", "Dataset", ["dataset:mmlu", "dataset:root"]), ("dataset:mmlu", "Dataset", ["dataset:root"]));
        _server.When(Catalog("read/terms-by-id"), Result(["term"],
        [
            [TermMap("dataset:global-mmlu", "Dataset", "Global MMLU", "dataset:mmlu")],
            [TermMap("dataset:mmlu", "Dataset", "MMLU", "dataset:root")],
        ]));
        _server.When(Catalog("read/variants"), Result(["term"], [[TermMap("dataset:global-mmlu", "Dataset", "Global MMLU", "dataset:mmlu")]]));

        await _store.ApplyAsync(new MergeTerms("dataset:global-mmlu", "dataset:mmlu"), Context, Ct);

        Assert.Equal(
            """{"rows":[{"id":"dataset:global-mmlu","parentId":"dataset:root"}]}""",
            Assert.Single(_server.Statements, r => NameOf(r.Statement!) == "ingest/merge-variants").Parameters);
        Assert.DoesNotContain("curation/combine-term-links", Names);
    }

    [Theory]
    [InlineData("method:lora", "dataset:mmlu", ErrorCodes.InvalidArgument)]
    [InlineData("method:not-there", "method:lora", ErrorCodes.NotFound)]
    [InlineData("method:lora", "method:not-there", ErrorCodes.NotFound)]
    public async Task ApplyAsync_MergeTermsThatCannotBeMerged_IsRefusedBeforeWriting(string survivorId, string mergedId, string code)
    {
        Terms(("method:lora", "Method", []), ("dataset:mmlu", "Dataset", []));
        _server.When(Catalog("read/terms-by-id"), Result(["term"],
            [[TermMap("dataset:mmlu", "Dataset", "MMLU")], [TermMap("method:lora", "Method", "LoRA")]]));

        Assert.Equal(code, await RefusedAsync(new MergeTerms(survivorId, mergedId)));
        Assert.Equal(["curation/next-sequence", "write/term-state", "read/terms-by-id"], Names);
    }

    [Theory]
    [InlineData("", "summary")]
    [InlineData("curator", null)]
    public async Task ApplyAsync_ContextWithoutActorOrSummary_RaisesInvalidArgumentWithoutARequest(string actor, string? summary)
    {
        var error = await Assert.ThrowsAsync<GraphQueryException>(() => _store.ApplyAsync(
            new UnlinkPaper("arxiv:1", "dataset:mmlu"), new ChangeContext(actor, DateTimeOffset.UnixEpoch, summary!), Ct));

        Assert.Equal(ErrorCodes.InvalidArgument, error.Code);
        Assert.Empty(_server.Requests);
    }

    [Fact]
    public async Task ApplyAsync_MergeTermIntoItself_RaisesInvalidArgumentWithoutARequest()
    {
        var error = await Assert.ThrowsAsync<GraphQueryException>(
            () => _store.ApplyAsync(new MergeTerms("method:lora", "method:lora"), Context, Ct));

        Assert.Equal(ErrorCodes.InvalidArgument, error.Code);
        Assert.Empty(_server.Requests);
    }

    [Fact]
    public async Task WriteAsync_PaperWithCuratedLinks_DropsOnlyTheSpansItsNewTextLost()
    {
        var kept = new Evidence(TextField.Title, 0, 4, "LoRA");
        _server.When(Catalog("write/curated-links"), Result(["paperId", "mention", "source"],
        [
            ["arxiv:1", Link("method:lora", "USES_METHOD", true, kept), null],
            ["arxiv:2", Link("model:bert", "USES_MODEL", true, new Evidence(TextField.Abstract, 0, 4, "BERT")), null],
        ]));
        var papers = new[]
        {
            new PaperGraph(new Paper("arxiv:1", "LoRA again", "", null, null, null, null, null, []), [], []),
            new PaperGraph(new Paper("arxiv:2", "T", "Bert, in lower case.", null, null, null, null, null, []), [], []),
        };

        await _store.WriteAsync(new GraphBatch([], papers), cancellationToken: Ct);

        Assert.Equal("""{"paperIds":["arxiv:1","arxiv:2"]}""", ParametersOf("write/curated-links"));
        Assert.Equal(
            """{"rows":[{"paperId":"arxiv:2","fields":[],"starts":[],"ends":[],"texts":[],"entityId":"model:bert"}]}""",
            ParametersOf("write/replace-evidence"));
        Assert.True(Names.IndexOf("write/replace-evidence") < Names.IndexOf("ingest/merge-papers"));
    }

    [Fact]
    public async Task WriteAsync_PaperListedTwice_WritesItsVersionsInTurnAndDropsWhatTheFirstLeftBehind()
    {
        var first = new PaperGraph(new Paper("arxiv:1", "One", "", null, null, null, null, "Acme", ["Ada"]), [], []);
        var second = new PaperGraph(new Paper("arxiv:1", "Two", "", null, null, null, null, null, ["Alan"]), [], []);

        await _store.WriteAsync(new GraphBatch([], [first, second]), cancellationToken: Ct);

        Assert.Equal(
            ["write/lock-writes", "write/previous-links", "write/curated-links", "ingest/merge-papers", "ingest/merge-organizations",
             "ingest/merge-authors", "write/curated-links", "ingest/merge-papers", "ingest/merge-authors", "write/delete-orphans"],
            Names);
        Assert.Contains("""{"rows":[{"id":"arxiv:1","title":"Two",""", _server.Statements[7].Parameters, StringComparison.Ordinal);
        Assert.Equal("""{"organizationIds":["org:acme"],"authorIds":["author:ada","author:alan"]}""", ParametersOf("write/delete-orphans"));
    }

    [Fact]
    public async Task GetChangesAsync_BlankNode_RaisesInvalidArgumentWithoutARequest()
    {
        var error = await Assert.ThrowsAsync<GraphQueryException>(
            () => _store.GetChangesAsync(" ", Graph.Core.Querying.PageRequest.FirstPage(1), Ct));

        Assert.Equal(ErrorCodes.InvalidArgument, error.Code);
        Assert.Empty(_server.Requests);
    }

    [Fact]
    public async Task ApplyAsync_TransientFailureMidway_RetriesTheWholeChangeWithANewNumber()
    {
        _server.When(Catalog("curation/unlink-paper"), Result(["unlinked"], [[1L]]));
        _server.Enqueue(HttpStatusCode.Accepted, Result(["sequence"], [[7L]], transactionId: "tx-a"));
        _server.Enqueue(HttpStatusCode.OK, Error("Neo.TransientError.Transaction.DeadlockDetected"));

        var record = await _store.ApplyAsync(new UnlinkPaper("arxiv:1", "dataset:mmlu"), Context, Ct);

        Assert.Equal(
            ["curation/next-sequence", "curation/unlink-paper", "curation/next-sequence", "curation/unlink-paper", "curation/record-change"],
            Names);
        Assert.Equal(7, record.Sequence);
    }
}
