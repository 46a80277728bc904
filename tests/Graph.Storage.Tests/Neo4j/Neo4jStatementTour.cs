using System.Net;
using System.Text.Json.Nodes;
using Graph.Core.Curation;
using Graph.Core.Domain;
using Graph.Core.Querying;
using static Graph.Storage.Tests.ContractFixtureGraph;
using static Graph.Storage.Tests.Neo4j.FakeNeo4jServer;
using static Graph.Storage.Tests.Neo4j.Neo4jTestData;

namespace Graph.Storage.Tests.Neo4j;

/// <summary>
/// Drives every port operation of the Neo4j store, with the filters, orderings, cursors and changes that make it
/// generate different Cypher, through a fake server that answers just enough for each to run to the end; returns
/// every statement sent, for the linter.
/// </summary>
internal static class Neo4jStatementTour
{
    public static async Task<List<RecordedRequest>> RunAsync(CancellationToken ct)
    {
        using var server = new FakeNeo4jServer { Responder = Answer };
        var store = server.Store();
        var context = new ChangeContext("tour", DateTimeOffset.UnixEpoch, "tour");

        await store.InitializeAsync(ct);
        await store.CheckHealthAsync(ct);
        await store.WriteAsync(Batch, cancellationToken: ct);
        await store.GetPapersAsync([P01], ct);
        await store.GetEntitiesAsync([Lora], ct);
        await store.GetNodesAsync([P01, Acme], ct);
        foreach (var kind in Enum.GetValues<EntityKind>())
        {
            await store.FindEntityAsync(kind, "x", ct);
            await store.CoOccurringAsync(Lora, kind, 5, ct);
            await store.CountEntitiesAsync(kind, new EntityFilter { PaperCount = new() { Gt = 1 } }, ct);
            await store.ListEntitiesAsync(new EntityQuery(kind, null, [], PageRequest.FirstPage(2)), ct);
        }

        await store.GetMentionsAsync([P01], null, ct);
        await store.GetMentionsAsync([P01], EntityKind.Model, ct);
        await store.CountPapersAsync([Lora], ct);
        await store.GetVariantsAsync([Lora], ct);
        foreach (var field in Enum.GetValues<PaperSortField>())
        {
            foreach (var direction in Enum.GetValues<SortDirection>())
            {
                Sort<PaperSortField>[] order = [new(field, direction)];
                var signature = KeysetCursor.Signature("papers", order);
                object? key = field switch { PaperSortField.Title => "a", PaperSortField.PublishedOn => "2024-01-01", _ => 3L };
                await store.ListPapersAsync(new PaperQuery(null, order, new PageRequest(First: 2, After: KeysetCursor.Encode(signature, [key, P01]))), ct);
                await store.ListPapersAsync(new PaperQuery(null, order, new PageRequest(Last: 2, Before: KeysetCursor.Encode(signature, [field == PaperSortField.Title ? "z" : null, P01]))), ct);
            }
        }

        await store.ListPapersAsync(new PaperQuery(EveryFilter, [], PageRequest.FirstPage(5)), ct);
        await store.CountPapersAsync(EveryFilter, ct);
        await store.CountPapersAsync(where: null, ct);
        var entityOrder = new Sort<EntitySortField>[] { new(EntitySortField.PaperCount, SortDirection.Desc), new(EntitySortField.Name, SortDirection.Asc) };
        await store.ListEntitiesAsync(
            new EntityQuery(EntityKind.Dataset, new EntityFilter { Or = [new() { Id = new() { Nin = [Mmlu] } }, new() { Name = new() { Contains = "m" } }] },
                entityOrder, new PageRequest(First: 2, After: KeysetCursor.Encode(KeysetCursor.Signature("entities:dataset", entityOrder), [2L, "mmlu", Mmlu]))),
            ct);
        foreach (var variants in new[] { false, true })
        {
            var signature = "papersSharingBenchmark:" + (variants ? "variants" : "exact");
            await store.PapersSharingBenchmarkAsync([P01], variants, new PageRequest(First: 2, After: KeysetCursor.Encode(signature, [2L, P08])), ct);
            await store.PapersSharingBenchmarkAsync([P01], variants, new PageRequest(Last: 2), ct);
        }

        await store.BenchmarkOverlapsAsync(null, 1, 5, ct);
        await store.BenchmarkOverlapsAsync(Gsm8k, 1, 5, ct);
        await store.RelatedPapersAsync([P01], 5, ct);
        await store.TrendAsync(Mmlu, ct);
        await store.NeighbourhoodAsync(P01, 2, 10, ct);
        await store.ShortestPathAsync(P01, Lora, 4, ct);
        await store.SearchAsync("lora mmlu", 5, ct);
        await store.GetStatsAsync(ct);
        await store.GetAllEntitiesAsync(ct);
        await foreach (var _ in store.ReadAllPapersAsync(ct))
        {
        }

        await store.GetChangesAsync(P01, new PageRequest(First: 2, After: KeysetCursor.Encode("changes:Sequence-Desc", [5L])), ct);
        await store.GetChangesAsync(null, new PageRequest(Last: 2), ct);
        await store.ApplyAsync(new AddPaper(Paper(P01)), context, ct);
        await store.ApplyAsync(new UpdatePaper(Paper(P02), "T", "A"), context, ct);
        await store.ApplyAsync(new RemovePaper(P03), context, ct);
        await store.ApplyAsync(new LinkPaper(new Mention(P04, Squad, EntityKind.Dataset, [new Evidence(TextField.Title, 0, 1, "T")])), context, ct);
        await store.ApplyAsync(new UnlinkPaper(P04, Gsm8k), context, ct);
        await store.ApplyAsync(new UpsertTerm(Entity(QLora), [new Mention(P06, QLora, EntityKind.Method, [])]), context, ct);
        await store.ApplyAsync(new MergeTerms(Lora, Dpo), context, ct);
        return server.Statements;
    }

    /// <summary>A filter that touches every field and every kind of condition.</summary>
    private static PaperFilter EveryFilter => new()
    {
        And = [new() { Id = new() { In = [P01] } }, new() { Title = new() { StartsWith = "a", Neq = "b" } }],
        Or = [new() { Abstract = new() { Contains = "x" } }, new() { ArxivId = new() { Eq = "1", Nin = ["2"] } }],
        Organization = new() { In = [AcmeName] },
        PublishedOn = new() { Gt = new DateOnly(2024, 1, 1), Lte = new DateOnly(2025, 1, 1), Neq = new DateOnly(2024, 6, 1), In = [new DateOnly(2024, 2, 2)] },
        Upvotes = new() { Gte = 1, Lt = 100, Nin = [5] },
        AuthorCount = new() { Eq = 2 },
        Methods = new() { Some = new() { Name = new() { Eq = "LoRA" } }, All = new() { PaperCount = new() { Gt = 0 } } },
        Datasets = new() { None = new() { Id = new() { Eq = Mmlu } }, Any = true },
        Topics = new() { Any = false },
        Models = new() { Some = new() { And = [new() { Name = new() { Neq = "x" } }] } },
    };

    private static HttpResponseMessage Answer(RecordedRequest request)
    {
        var ids = request.Body is null ? [] : JsonNode.Parse(request.Body)?["parameters"]?["ids"]?.AsArray()
            .Select(i => i!.GetValue<string>()).ToArray() ?? [];
        var body = request.Statement is null ? Result([], []) : NameOf(request.Statement) switch
        {
            "curation/next-sequence" => Result(["sequence"], [[1L]]),
            "write/term-state" => Result(["id", "kind", "ancestors"], ids.Select(id => new object?[] { id, KindOf(id), Array.Empty<string>() }).ToArray()),
            "read/papers-by-id" => Result(["paper"], ids.Select(id => new object?[] { Map(("id", id), ("title", "T"), ("abstract", "A"), ("authors", Array.Empty<string>())) }).ToArray()),
            "read/terms-by-id" => Result(["term"], ids.Select(id => new object?[] { TermMap(id, KindOf(id), id) }).ToArray()),
            "read/nodes-by-id" => Result(["id", "label", "name"], [[P01, "Paper", "P"], [Lora, "Method", "LoRA"]]),
            "read/relationships-touching" => Result(["type", "startId", "endId"], [["USES_METHOD", P01, Lora]]),
            "read/count-papers" or "read/count-terms" => Result(["count"], [[0L]]),
            "curation/remove-paper" => Result(["removed"], [[1L]]),
            "curation/link-paper" => Result(["linked"], [[1L]]),
            "curation/unlink-paper" => Result(["unlinked"], [[1L]]),

            // A curated link whose span the new text no longer holds, so the writes drop it (write/replace-evidence).
            "write/curated-links" => Result(["paperId", "mention", "source"],
                request.Parameters.Contains(P01, StringComparison.Ordinal) ? [[P01, Link(Dpo, "Zzz"), null]] : []),

            // Two terms sharing a paper, so a merge combines their links (curation/combine-term-links).
            "curation/shared-term-papers" => Result(["paperId"], [[P01]]),
            "read/mentions" => Result(["paperId", "mention", "source"], [[P01, Link(Dpo, "T"), null], [P01, Link(Lora, "T"), null]]),
            _ => Result([], []),
        };
        var opening = request.Path.EndsWith("/query/v2/tx", StringComparison.Ordinal);
        if (opening)
        {
            var opened = JsonNode.Parse(body)!.AsObject();
            opened["transaction"] = new JsonObject { ["id"] = "tour" };
            body = opened.ToJsonString();
        }

        return Json(opening ? HttpStatusCode.Accepted : HttpStatusCode.OK, body);
    }

    private static Dictionary<string, object?> Link(string entityId, string text) => Map(
        ("entityId", entityId), ("type", "USES_METHOD"), ("fields", new[] { "title" }), ("starts", new[] { 0L }),
        ("ends", new[] { (long)text.Length }), ("texts", new[] { text }), ("curated", true));

    private static string KindOf(string id) => id[..id.IndexOf(':', StringComparison.Ordinal)] switch
    {
        "method" => "Method",
        "dataset" => "Dataset",
        "topic" => "Topic",
        _ => "Model",
    };
}
