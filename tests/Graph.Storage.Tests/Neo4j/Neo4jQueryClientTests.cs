using System.Net;
using Graph.Core.Domain;
using Graph.Core.Storage;
using Graph.Storage.Neo4j;
using static Graph.Storage.Tests.Neo4j.FakeNeo4jServer;

namespace Graph.Storage.Tests.Neo4j;

/// <summary>The Query API client and the store's handling of what the server answers, against documented shapes.</summary>
public sealed class Neo4jQueryClientTests : IDisposable
{
    private readonly FakeNeo4jServer _server = new();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public void Dispose() => _server.Dispose();

    private static Neo4jStatement Statement(string text = "RETURN $x AS x") =>
        new("test/statement", text, new Dictionary<string, object?> { ["x"] = 1 });

    [Fact]
    public async Task RunAsync_Autocommit_PostsStatementParametersAndTypedJsonAccept()
    {
        _server.Enqueue(HttpStatusCode.OK, Result(["x"], [[1L]]));

        await _server.Client().RunAsync(Statement(), Neo4jAccessMode.Read, ["bm-1"], Ct);

        var request = Assert.Single(_server.Requests);
        Assert.Equal(HttpMethod.Post, request.Method);
        Assert.Equal("/db/neo4j/query/v2", request.Path);
        Assert.Equal("RETURN $x AS x", request.Statement);
        Assert.Equal("""{"x":1}""", request.Parameters);
        Assert.Equal("READ", request.AccessMode);
        Assert.Equal(["bm-1"], request.Bookmarks);
        Assert.Equal("application/vnd.neo4j.query", request.Header("Accept"));
        Assert.Equal("application/json", request.Header("Content-Type"));
        Assert.Contains("\"includeCounters\":true", request.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_BasicCredentials_SendsThemInTheAuthorizationHeaderOnly()
    {
        _server.Enqueue(HttpStatusCode.OK, Result([], []));

        await _server.Client().RunAsync(Statement(), Neo4jAccessMode.Write, [], Ct);

        var request = Assert.Single(_server.Requests);
        Assert.Equal("Basic " + Convert.ToBase64String("neo4j:secret-password"u8.ToArray()), request.Header("Authorization"));
        Assert.DoesNotContain("secret-password", request.Body, StringComparison.Ordinal);
        Assert.Equal("WRITE", request.AccessMode);
        Assert.Empty(request.Bookmarks);
    }

    [Fact]
    public async Task RunAsync_Token_SendsABearerHeader()
    {
        _server.Enqueue(HttpStatusCode.OK, Result([], []));
        var options = Options(o => { o.User = null; o.Password = null; o.Token = "sso-token"; o.Database = "papers"; });

        await _server.Client(options).RunAsync(Statement(), Neo4jAccessMode.Read, [], Ct);

        var request = Assert.Single(_server.Requests);
        Assert.Equal("Bearer sso-token", request.Header("Authorization"));
        Assert.Equal("/db/papers/query/v2", request.Path);
    }

    [Fact]
    public async Task RunAsync_TypedValues_DecodesEveryKindTheStoreReads()
    {
        var at = new DateTimeOffset(2024, 5, 6, 7, 8, 9, TimeSpan.FromHours(2));
        _server.Enqueue(HttpStatusCode.OK, Result(
            ["s", "i", "f", "b", "n", "d", "t", "l", "m"],
            [["text", 42L, 1.5, true, null, new DateOnly(2024, 1, 2), at, new object?[] { "a", 2L }, Map(("k", "v"), ("z", null))]]));

        var result = await _server.Client().RunAsync(Statement(), Neo4jAccessMode.Read, [], Ct);

        var record = Assert.Single(result.Records);
        Assert.Equal("text", record["s"]);
        Assert.Equal(42L, record["i"]);
        Assert.Equal(1.5, record["f"]);
        Assert.Equal(true, record["b"]);
        Assert.Null(record["n"]);
        Assert.Equal(new DateOnly(2024, 1, 2), record["d"]);
        Assert.Equal(at, record["t"]);
        Assert.Equal(new object?[] { "a", 2L }, Assert.IsType<List<object?>>(record["l"]));
        var map = Assert.IsType<Dictionary<string, object?>>(record["m"]);
        Assert.Equal("v", map["k"]);
        Assert.Null(map["z"]);
    }

    [Fact]
    public void Decode_ZonedDateTimeAndSpecialFloats_KeepTheirValues()
    {
        using var zoned = System.Text.Json.JsonDocument.Parse("""{"$type":"ZonedDateTime","_value":"2024-03-01T10:00:00+01:00[Europe/Paris]"}""");
        using var nan = System.Text.Json.JsonDocument.Parse("""{"$type":"Float","_value":"NaN"}""");

        Assert.Equal(new DateTimeOffset(2024, 3, 1, 10, 0, 0, TimeSpan.FromHours(1)), Neo4jTypedJson.Decode(zoned.RootElement));
        Assert.Equal(double.NaN, Neo4jTypedJson.Decode(nan.RootElement));
    }

    [Fact]
    public void Decode_NodeValue_IsRefusedRatherThanMisread()
    {
        using var node = System.Text.Json.JsonDocument.Parse("""{"$type":"Node","_value":{"_element_id":"4:x:1","_labels":["Paper"],"_properties":{}}}""");

        Assert.Throws<InvalidDataException>(() => Neo4jTypedJson.Decode(node.RootElement));
    }

    [Theory]
    [InlineData(HttpStatusCode.OK, "Neo.ClientError.Statement.SyntaxError")]
    [InlineData(HttpStatusCode.BadRequest, "Neo.ClientError.Statement.SyntaxError")]
    [InlineData(HttpStatusCode.Unauthorized, "Neo.ClientError.Security.Unauthorized")]
    [InlineData(HttpStatusCode.NotFound, "Neo.ClientError.Database.DatabaseNotFound")]
    [InlineData(HttpStatusCode.InternalServerError, "Neo.DatabaseError.General.UnknownError")]
    public async Task RunAsync_ErrorInTheBody_RaisesNeo4jExceptionWithCodeButWithoutTheServerMessage(HttpStatusCode status, string code)
    {
        _server.Enqueue(status, Error(code, "Invalid input 'secret-value'"));

        var error = await Assert.ThrowsAsync<Neo4jException>(
            () => _server.Client().RunAsync(Statement(), Neo4jAccessMode.Read, [], Ct));

        Assert.Equal(code, error.Code);
        Assert.Equal(status, error.Status);
        Assert.Contains("test/statement", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("secret-value", error.ToString(), StringComparison.Ordinal);
        Assert.Equal("Invalid input 'secret-value'", error.ServerMessage);
        Assert.False(error.IsTransient);
    }

    [Theory]
    [InlineData(HttpStatusCode.Unauthorized, "Http.401")]
    [InlineData(HttpStatusCode.NotFound, "Http.404")]
    [InlineData(HttpStatusCode.InternalServerError, "Http.500")]
    public async Task RunAsync_FailureWithoutBody_RaisesNeo4jExceptionNamingTheStatus(HttpStatusCode status, string code)
    {
        _server.Enqueue(_ => new HttpResponseMessage(status));

        var error = await Assert.ThrowsAsync<Neo4jException>(
            () => _server.Client().RunAsync(Statement(), Neo4jAccessMode.Read, [], Ct));

        Assert.Equal(code, error.Code);
    }

    [Theory]
    [InlineData("Neo.TransientError.Transaction.DeadlockDetected", HttpStatusCode.OK, true)]
    [InlineData("Neo.TransientError.General.DatabaseUnavailable", HttpStatusCode.ServiceUnavailable, true)]
    [InlineData("Http.429", HttpStatusCode.TooManyRequests, true)]
    [InlineData("Neo.TransientError.Transaction.Terminated", HttpStatusCode.OK, false)]
    [InlineData("Neo.ClientError.Schema.ConstraintValidationFailed", HttpStatusCode.BadRequest, false)]
    public void IsTransient_ByCodeAndStatus_FollowsTheDriversRules(string code, HttpStatusCode status, bool transient)
    {
        Assert.Equal(transient, new Neo4jException(code, status, "s", null).IsTransient);
    }

    [Fact]
    public async Task RunAsync_ServerSlowerThanTheTimeout_RaisesTimeoutException()
    {
        _server.Enqueue(async (_, token) =>
        {
            await Task.Delay(Timeout.InfiniteTimeSpan, token);
            return new HttpResponseMessage(HttpStatusCode.OK);
        });
        var client = _server.Client(Options(o => o.Timeout = TimeSpan.FromMilliseconds(50)));

        var error = await Assert.ThrowsAsync<TimeoutException>(() => client.RunAsync(Statement(), Neo4jAccessMode.Read, [], Ct));

        Assert.Contains("test/statement", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_CallerCancels_RaisesOperationCanceledNotTimeout()
    {
        using var cancellation = new CancellationTokenSource();
        _server.Enqueue(async (_, token) =>
        {
            await cancellation.CancelAsync();
            await Task.Delay(Timeout.InfiniteTimeSpan, token);
            return new HttpResponseMessage(HttpStatusCode.OK);
        });

        await Assert.ThrowsAnyAsync<OperationCanceledException>(
            () => _server.Client().RunAsync(Statement(), Neo4jAccessMode.Read, [], cancellation.Token));
    }

    [Fact]
    public async Task Store_TransientErrorThenSuccess_RetriesTheRead()
    {
        _server.Enqueue(HttpStatusCode.OK, Error("Neo.TransientError.General.DatabaseUnavailable"));
        _server.Enqueue(_ => new HttpResponseMessage(HttpStatusCode.ServiceUnavailable));
        _server.Enqueue(HttpStatusCode.OK, Result(["version"], [[1L]]));

        var health = await _server.Store().CheckHealthAsync(Ct);

        Assert.True(health.Reachable);
        Assert.Equal(3, _server.Requests.Count);
    }

    [Fact]
    public async Task Store_TransientErrorsBeyondTheRetries_RaisesGraphStoreExceptionNamingTheOperation()
    {
        _server.Responder = _ => Json(HttpStatusCode.ServiceUnavailable, Error("Neo.TransientError.General.DatabaseUnavailable"));

        var error = await Assert.ThrowsAsync<GraphStoreException>(() => _server.Store().GetStatsAsync(Ct));

        Assert.Equal("GetStatsAsync", error.Operation);
        Assert.Equal(4, _server.Requests.Count);
        Assert.IsType<Neo4jException>(error.InnerException);
    }

    [Fact]
    public async Task Store_ClientError_IsNotRetriedAndNamesNoValues()
    {
        _server.Responder = _ => Json(HttpStatusCode.BadRequest, Error("Neo.ClientError.Statement.SyntaxError", "bad 'secret-title'"));

        var error = await Assert.ThrowsAsync<GraphStoreException>(() => _server.Store().GetPapersAsync(["secret-title"], Ct));

        Assert.Single(_server.Requests);
        Assert.DoesNotContain("secret-title", error.ToString(), StringComparison.Ordinal);
        Assert.Contains("read/papers-by-id", error.InnerException!.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Store_Timeout_RaisesGraphStoreExceptionWithTimeoutInside()
    {
        _server.Responder = null;
        _server.Enqueue(async (_, token) =>
        {
            await Task.Delay(Timeout.InfiniteTimeSpan, token);
            return new HttpResponseMessage(HttpStatusCode.OK);
        });
        var store = _server.Store(Options(o => o.Timeout = TimeSpan.FromMilliseconds(50)));

        var error = await Assert.ThrowsAsync<GraphStoreException>(() => store.GetStatsAsync(Ct));

        Assert.IsType<TimeoutException>(error.InnerException);
    }

    [Fact]
    public async Task WriteAsync_Transaction_OpensRunsAndCommitsEchoingTheAffinityHeader()
    {
        _server.Enqueue(_ => Json(HttpStatusCode.Accepted, Result(["id", "kind", "ancestors"], [], transactionId: "tx-42"),
            (Neo4jQueryClient.AffinityHeader, "member-7")));
        var store = _server.Store();

        await store.WriteAsync(new GraphBatch([new Entity("method:lora", EntityKind.Method, "LoRA", [], null, null)], []), cancellationToken: Ct);

        var requests = _server.Requests;
        Assert.Equal("/db/neo4j/query/v2/tx", requests[0].Path);
        Assert.Equal("WRITE", requests[0].AccessMode);
        Assert.Null(requests[0].Header(Neo4jQueryClient.AffinityHeader));
        Assert.All(requests.Skip(1), r => Assert.Equal("member-7", r.Header(Neo4jQueryClient.AffinityHeader)));
        Assert.All(requests.Skip(1).SkipLast(1), r => Assert.Equal("/db/neo4j/query/v2/tx/tx-42", r.Path));
        Assert.Equal("/db/neo4j/query/v2/tx/tx-42/commit", requests[^1].Path);
        Assert.Equal(HttpMethod.Post, requests[^1].Method);
        Assert.DoesNotContain(requests, r => r.Method == HttpMethod.Delete);
    }

    [Fact]
    public async Task WriteAsync_StatementFailsInTheTransaction_RollsBackAndDoesNotCommit()
    {
        _server.Responder = request => request.Statement?.Contains("MERGE (n:Method", StringComparison.Ordinal) == true
            ? Json(HttpStatusCode.BadRequest, Error("Neo.ClientError.Statement.TypeError"))
            : null!;
        _server.Responder = WithDefaults(_server.Responder);
        var store = _server.Store();

        await Assert.ThrowsAsync<GraphStoreException>(() => store.WriteAsync(
            new GraphBatch([new Entity("method:lora", EntityKind.Method, "LoRA", [], null, null)], []), cancellationToken: Ct));

        Assert.Equal(HttpMethod.Delete, _server.Requests[^1].Method);
        Assert.Equal("/db/neo4j/query/v2/tx/tx1", _server.Requests[^1].Path);
        Assert.DoesNotContain(_server.Requests, r => r.Path.EndsWith("/commit", StringComparison.Ordinal));
    }

    [Fact]
    public async Task WriteAsync_TransientErrorInTheTransaction_RollsBackAndRunsTheWholeTransactionAgain()
    {
        var failed = false;
        _server.Responder = WithDefaults(request =>
        {
            if (!failed && request.Statement?.Contains("MERGE (n:Method", StringComparison.Ordinal) == true)
            {
                failed = true;
                return Json(HttpStatusCode.OK, Error("Neo.TransientError.Transaction.DeadlockDetected"));
            }

            return null!;
        });
        var store = _server.Store();

        await store.WriteAsync(new GraphBatch([new Entity("method:lora", EntityKind.Method, "LoRA", [], null, null)], []), cancellationToken: Ct);

        var opened = _server.Requests.Where(r => r.Path.EndsWith("/query/v2/tx", StringComparison.Ordinal)).ToList();
        Assert.Equal(2, opened.Count);
        Assert.Contains(_server.Requests, r => r.Method == HttpMethod.Delete);
        Assert.Single(_server.Requests, r => r.Path.EndsWith("/commit", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Bookmarks_FromACommittedWrite_AreSentWithTheNextRead()
    {
        var store = _server.Store();
        await store.WriteAsync(new GraphBatch([new Entity("method:lora", EntityKind.Method, "LoRA", [], null, null)], []), cancellationToken: Ct);
        _server.Requests.Clear();

        await store.GetStatsAsync(Ct);

        Assert.All(_server.Requests, r => Assert.Equal(["bm-commit"], r.Bookmarks));
    }

    [Fact]
    public async Task CheckHealthAsync_Unauthorized_ReportsUnreachableWithoutCredentials()
    {
        _server.Responder = _ => Json(HttpStatusCode.Unauthorized, Error("Neo.ClientError.Security.Unauthorized", "user neo4j"));

        var health = await _server.Store().CheckHealthAsync(Ct);

        Assert.False(health.Reachable);
        Assert.Equal("neo4j", health.Backend);
        Assert.Contains("Neo.ClientError.Security.Unauthorized", health.Problem, StringComparison.Ordinal);
        Assert.DoesNotContain("secret-password", health.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CheckHealthAsync_ConnectionRefused_ReportsUnreachableWithoutRetrying()
    {
        _server.Enqueue((_, _) => Task.FromException<HttpResponseMessage>(
            new HttpRequestException(HttpRequestError.ConnectionError, "Connection refused (neo4j.test:7474)")));

        var health = await _server.Store().CheckHealthAsync(Ct);

        Assert.Equal(new StoreHealth("neo4j", Reachable: false, SchemaVersion: 0, "Neo4j is not reachable (ConnectionError)."), health);
        Assert.Single(_server.Requests);
    }

    [Theory]
    [InlineData(null, 0, "older")]
    [InlineData(1L, 1, null)]
    [InlineData(7L, 7, "newer")]
    public async Task CheckHealthAsync_SchemaVersionNode_ReportsTheVersion(object? stored, int version, string? problem)
    {
        _server.Enqueue(HttpStatusCode.OK, Result(["version"], [[stored]]));

        var health = await _server.Store().CheckHealthAsync(Ct);

        Assert.True(health.Reachable);
        Assert.Equal(version, health.SchemaVersion);
        if (problem is null)
        {
            Assert.Null(health.Problem);
        }
        else
        {
            Assert.Contains(problem, health.Problem, StringComparison.Ordinal);
        }

        Assert.Equal(Graph.Storage.Cypher.CypherCatalog.Get("schema/version"), Assert.Single(_server.Requests).Statement);
    }

    /// <summary>A responder that falls back to the server's default answers when it returns null.</summary>
    private static Func<RecordedRequest, HttpResponseMessage> WithDefaults(Func<RecordedRequest, HttpResponseMessage> responder)
    {
        var transactions = 0;
        return request => responder(request) ?? (request.Path.EndsWith("/query/v2/tx", StringComparison.Ordinal)
            ? Json(HttpStatusCode.Accepted, Result([], [], transactionId: "tx" + (++transactions).ToString(System.Globalization.CultureInfo.InvariantCulture)))
            : request.Path.EndsWith("/commit", StringComparison.Ordinal)
                ? Json(HttpStatusCode.OK, Result([], [], bookmarks: ["bm-commit"]))
                : Json(HttpStatusCode.OK, Result([], [])));
    }
}
