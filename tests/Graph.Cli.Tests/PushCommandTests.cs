using System.Net;
using System.Text.Json.Nodes;
using Graph.Core.Curation;
using Graph.Core.Domain;
using Graph.Storage.Neo4j;
using Graph.Storage.Sqlite;
using Graph.Storage.Tests.Neo4j;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Http;
using static Graph.Storage.Tests.Neo4j.FakeNeo4jServer;
using static Graph.Storage.Tests.Neo4j.Neo4jTestData;

namespace Graph.Cli.Tests;

/// <summary>
/// <c>graph push --to neo4j</c> end to end in process: a temporary embedded store, the command, and the storage
/// tests' fake Query API server standing in for Neo4j, whose received statements and rows are checked.
/// </summary>
public sealed class PushCommandTests : IDisposable
{
    private readonly CliRun _cli = new();
    private readonly FakeNeo4jServer _neo4j = new();

    public void Dispose()
    {
        _neo4j.Dispose();
        _cli.Dispose();
    }

    private List<string> Names => _neo4j.Statements.Select(r => NameOf(r.Statement!)).ToList();

    [Fact]
    public async Task Push_EmbeddedStore_WritesTheSchemaThenTermsThenPapersInBatchesWithCuratedFlags()
    {
        await SeedAsync();
        _neo4j.Responder = AnswerTermKinds;

        var (code, output) = await _cli.RunAsync(Neo4jAt(_neo4j), "push", "--to", "neo4j", "--db", _cli.Database, "--batch-size", "2");

        Assert.Equal(ExitCodes.Ok, code);
        Assert.Matches(
            @"^Pushed 3 papers and 3 terms to Neo4j at http://neo4j\.test:7474/ \(database neo4j\): links 3 method, 2 dataset, 0 topic, 0 model \(1 curated\); [\d.]+ s\.$",
            Assert.Single(output.Split('\n'), l => l.StartsWith("Pushed", StringComparison.Ordinal)).TrimEnd());
        Assert.DoesNotContain("secret-password", output, StringComparison.Ordinal);

        // The health check, then the schema, then the writes.
        var names = Names;
        Assert.Equal(["schema/version", "schema/version"], names[..2]);
        var schemaDone = names.IndexOf("schema/set-version");
        Assert.True(schemaDone > 0 && names.Take(schemaDone).All(n => n.StartsWith("schema/", StringComparison.Ordinal)), string.Join(", ", names));
        Assert.True(names.LastIndexOf("ingest/merge-entities") < names.IndexOf("ingest/merge-papers"));

        // Terms two by two, parents first (a batch writes its methods, then its datasets); then papers two by two,
        // in id order; each batch one transaction.
        Assert.Equal(
            ["method:lora", "dataset:mmlu", "method:qlora"],
            Rows("ingest/merge-entities").Select(r => r["id"]!.GetValue<string>()));
        Assert.Equal(
            [["arxiv:1", "arxiv:2"], ["arxiv:3"]],
            _neo4j.Statements.Where(r => NameOf(r.Statement!) == "ingest/merge-papers")
                .Select(r => RowsOf(r).Select(row => row["id"]!.GetValue<string>()).ToArray()));
        Assert.Equal(4, _neo4j.Requests.Count(r => r.Path.EndsWith("/commit", StringComparison.Ordinal)));
        Assert.Equal(4, names.Count(n => n == "write/lock-writes"));

        // Every link with its evidence and flag, so the curated one stays curated in Neo4j.
        var mentions = Rows("ingest/merge-mentions").Select(r => r.ToJsonString()).ToList();
        Assert.Equal(5, mentions.Count);
        Assert.Contains(
            """{"paperId":"arxiv:2","entityId":"method:lora","fields":["abstract"],"starts":[0],"ends":[4],"texts":["LoRA"],"curated":true}""",
            mentions);
        Assert.Contains(
            """{"paperId":"arxiv:1","entityId":"method:qlora","fields":["title"],"starts":[0],"ends":[5],"texts":["QLoRA"],"curated":false}""",
            mentions);
        Assert.Equal("""{"rows":[{"id":"method:qlora","parentId":"method:lora"}]}""",
            _neo4j.Statements.Last(r => NameOf(r.Statement!) == "ingest/merge-variants").Parameters);
    }

    [Fact]
    public async Task Push_Neo4jUnreachable_ExitsWithStoreFailureNamingTheAddressAndWritesNothing()
    {
        await SeedAsync();
        _neo4j.Responder = _ => throw new HttpRequestException(HttpRequestError.ConnectionError, "Connection refused (neo4j.test:7474)");

        var (code, output) = await _cli.RunAsync(Neo4jAt(_neo4j), "push", "--to", "neo4j", "--db", _cli.Database);

        Assert.Equal(ExitCodes.StoreFailure, code);
        Assert.Contains(
            "Neo4j at http://neo4j.test:7474/ (database neo4j) is not reachable: Neo4j is not reachable (ConnectionError). Check NEO4J_URI",
            output, StringComparison.Ordinal);
        Assert.Equal(["schema/version"], Names);
    }

    [Fact]
    public async Task Push_Neo4jRefusesTheCredentials_ExitsWithStoreFailureNamingTheSettingsNotThePassword()
    {
        await SeedAsync();
        _neo4j.Responder = _ => Json(HttpStatusCode.Unauthorized, Error("Neo.ClientError.Security.Unauthorized", "The client is unauthorized."));

        var (code, output) = await _cli.RunAsync(Neo4jAt(_neo4j), "push", "--to", "neo4j", "--db", _cli.Database);

        Assert.Equal(ExitCodes.StoreFailure, code);
        Assert.Contains("refused the credentials", output, StringComparison.Ordinal);
        Assert.Contains("Check NEO4J_USER and NEO4J_PASSWORD", output, StringComparison.Ordinal);
        Assert.DoesNotContain("secret-password", output, StringComparison.Ordinal);
        Assert.Equal(["schema/version"], Names);
    }

    [Fact]
    public async Task Push_WithoutANeo4jAddress_IsAUsageErrorNamingTheSetting()
    {
        await SeedAsync();

        var (code, output) = await _cli.RunAsync(Neo4jAt(_neo4j, o => o.Uri = null), "push", "--to", "neo4j", "--db", _cli.Database);

        Assert.Equal(ExitCodes.Usage, code);
        Assert.Contains("NEO4J_URI", output, StringComparison.Ordinal);
        Assert.Empty(_neo4j.Requests);
    }

    [Fact]
    public async Task Push_MissingEmbeddedStore_ExitsWithBadInputWithoutCreatingIt()
    {
        var (code, output) = await _cli.RunAsync(Neo4jAt(_neo4j), "push", "--to", "neo4j", "--db", _cli.Database);

        Assert.Equal(ExitCodes.BadInput, code);
        Assert.Contains("no embedded store at", output, StringComparison.Ordinal);
        Assert.False(File.Exists(_cli.Database));
        Assert.Empty(_neo4j.Requests);
    }

    [Theory]
    [InlineData("--to", "postgres")]
    [InlineData("--batch-size", "0")]
    public async Task Push_BadArguments_AreAUsageError(string option, string value)
    {
        var args = option == "--to" ? new[] { "push", option, value } : ["push", "--to", "neo4j", option, value];

        var (code, output) = await _cli.RunAsync(Neo4jAt(_neo4j), args);

        Assert.Equal(ExitCodes.Usage, code);
        Assert.Contains(option, output, StringComparison.Ordinal);
        Assert.Empty(_neo4j.Requests);
    }

    /// <summary>Three terms, three papers, one curated link (made through a change, as a curator would).</summary>
    private async Task SeedAsync()
    {
        using var store = new SqliteGraphStore(new SqliteOptions { DatabasePath = _cli.Database });
        await store.InitializeAsync(TestContext.Current.CancellationToken);
        Entity[] terms =
        [
            new("method:qlora", EntityKind.Method, "QLoRA", [], "method:lora", null),
            new("method:lora", EntityKind.Method, "LoRA", ["Low-Rank Adaptation"], null, "Low-rank adapters."),
            new("dataset:mmlu", EntityKind.Dataset, "MMLU", [], null, null),
        ];
        PaperGraph[] papers =
        [
            Paper("arxiv:1", "QLoRA on MMLU", "Quantized adapters.", ("method:qlora", TextField.Title, 0, "QLoRA"), ("dataset:mmlu", TextField.Title, 9, "MMLU")),
            Paper("arxiv:2", "Adapters", "LoRA everywhere.", ("method:qlora", TextField.Abstract, 0, "LoRA")),
            Paper("arxiv:3", "MMLU revisited", "We test LoRA.", ("dataset:mmlu", TextField.Title, 0, "MMLU"), ("method:lora", TextField.Abstract, 8, "LoRA")),
        ];
        await store.WriteAsync(new GraphBatch(terms, papers), cancellationToken: TestContext.Current.CancellationToken);

        // arxiv:2 was linked to QLoRA by extraction; a curator says it is LoRA.
        var context = new ChangeContext("ada", DateTimeOffset.UtcNow, "LoRA, not QLoRA");
        await store.ApplyAsync(new UnlinkPaper("arxiv:2", "method:qlora"), context, TestContext.Current.CancellationToken);
        await store.ApplyAsync(
            new LinkPaper(new Mention("arxiv:2", "method:lora", EntityKind.Method, [new Evidence(TextField.Abstract, 0, 4, "LoRA")])),
            context,
            TestContext.Current.CancellationToken);
    }

    private static PaperGraph Paper(string id, string title, string @abstract, params (string Term, TextField Field, int Start, string Text)[] links) => new(
        new Paper(id, title, @abstract, new DateOnly(2024, 5, 1), 1, 3, id[6..], null, ["Ada Lovelace"]),
        links.Select(l => new Mention(
            id, l.Term, l.Term.StartsWith("method:", StringComparison.Ordinal) ? EntityKind.Method : EntityKind.Dataset,
            [new Evidence(l.Field, l.Start, l.Start + l.Text.Length, l.Text)])).ToList(),
        []);

    /// <summary>Every row the statements of one name carried, in order.</summary>
    private List<JsonObject> Rows(string name) =>
        _neo4j.Statements.Where(r => NameOf(r.Statement!) == name).SelectMany(RowsOf).ToList();

    private static IEnumerable<JsonObject> RowsOf(RecordedRequest request) =>
        JsonNode.Parse(request.Parameters)!["rows"]!.AsArray().Select(row => row!.AsObject());

    /// <summary>
    /// Neo4j as the writes need it: the terms a write refers to are stored (with the kind their id names), so its
    /// checks pass; every other statement answers nothing, and transactions open and commit.
    /// </summary>
    private static HttpResponseMessage AnswerTermKinds(RecordedRequest request)
    {
        var opening = request.Path.EndsWith("/query/v2/tx", StringComparison.Ordinal);
        var body = request.Statement is not null && NameOf(request.Statement) == "write/term-state"
            ? Result(["id", "kind", "ancestors"], JsonNode.Parse(request.Parameters)!["ids"]!.AsArray()
                .Select(id => id!.GetValue<string>())
                .Select(id => new object?[] { id, id.StartsWith("method:", StringComparison.Ordinal) ? "Method" : "Dataset", Array.Empty<string>() })
                .ToArray())
            : request.Path.EndsWith("/commit", StringComparison.Ordinal)
                ? Result([], [], bookmarks: ["bm"])
                : Result([], []);
        if (!opening)
        {
            return Json(HttpStatusCode.OK, body);
        }

        var opened = JsonNode.Parse(body)!.AsObject();
        opened["transaction"] = new JsonObject { ["id"] = "tx" + Guid.NewGuid().ToString("N") };
        return Json(HttpStatusCode.Accepted, opened.ToJsonString());
    }

    /// <summary>The stores the command opens talk to <paramref name="server"/>, whatever NEO4J_* this machine sets.</summary>
    private static Action<IServiceCollection> Neo4jAt(FakeNeo4jServer server, Action<Neo4jOptions>? configure = null) => services =>
    {
        services.ConfigureAll<HttpClientFactoryOptions>(o => o.HttpMessageHandlerBuilderActions.Add(b => b.PrimaryHandler = server));
        services.PostConfigure<Neo4jOptions>(options =>
        {
            var fake = FakeNeo4jServer.Options(configure);
            options.Uri = fake.Uri;
            options.Database = fake.Database;
            options.User = fake.User;
            options.Password = fake.Password;
            options.Token = fake.Token;
            options.Timeout = fake.Timeout;
            options.MaxRetries = fake.MaxRetries;
            options.RetryDelay = fake.RetryDelay;
            options.MaxRetryDelay = fake.MaxRetryDelay;
        });
    };
}
