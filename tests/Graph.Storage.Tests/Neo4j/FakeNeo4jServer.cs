using System.Collections;
using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Graph.Storage.Neo4j;

namespace Graph.Storage.Tests.Neo4j;

/// <summary>One request the fake server received.</summary>
public sealed record RecordedRequest(HttpMethod Method, string Path, IReadOnlyDictionary<string, string> Headers, string? Body)
{
    private JsonNode? Json => Body is null ? null : JsonNode.Parse(Body);

    /// <summary>The Cypher statement of the request, if it carried one.</summary>
    public string? Statement => Json?["statement"]?.GetValue<string>();

    /// <summary>The parameters as compact JSON, for comparing with expected JSON.</summary>
    public string Parameters => Json?["parameters"]?.ToJsonString() ?? "{}";

    /// <summary>The bookmarks the request carried.</summary>
    public IReadOnlyList<string> Bookmarks =>
        Json?["bookmarks"]?.AsArray().Select(b => b!.GetValue<string>()).ToList() ?? [];

    /// <summary>READ or WRITE, when the request names an access mode.</summary>
    public string? AccessMode => Json?["accessMode"]?.GetValue<string>();

    public string? Header(string name) => Headers.TryGetValue(name, out var value) ? value : null;
}

/// <summary>
/// A stand-in for Neo4j's Query API, as an <see cref="HttpMessageHandler"/>: it records every request and answers
/// with the documented response shapes, from a queue of answers or a responder that looks at the statement.
/// Shared with Graph.Cli.Tests (linked there), so it uses only the storage assembly's public types.
/// </summary>
public sealed partial class FakeNeo4jServer : HttpMessageHandler
{
    public const string BaseUri = "http://neo4j.test:7474";

    private readonly Queue<Func<RecordedRequest, CancellationToken, Task<HttpResponseMessage>>> _queue = new();
    private readonly List<(string Statement, string Body)> _answers = [];
    private int _transactions;

    public List<RecordedRequest> Requests { get; } = [];

    /// <summary>Answers requests the queue has nothing for; by default an empty result (and a transaction when opening one).</summary>
    public Func<RecordedRequest, HttpResponseMessage>? Responder { get; set; }

    /// <summary>Requests that carried a statement, in order.</summary>
    public List<RecordedRequest> Statements => Requests.Where(r => r.Statement is not null).ToList();

    public static Neo4jOptions Options(Action<Neo4jOptions>? configure = null)
    {
        var options = new Neo4jOptions
        {
            Uri = new Uri(BaseUri),
            User = "neo4j",
            Password = "secret-password",
            Timeout = TimeSpan.FromSeconds(5),
            MaxRetries = 3,
            RetryDelay = TimeSpan.FromMilliseconds(1),
            MaxRetryDelay = TimeSpan.FromMilliseconds(5),
        };
        configure?.Invoke(options);
        return options;
    }

    /// <summary>A store that sends its requests here, through its public constructor.</summary>
    public Neo4jGraphStore Store(Neo4jOptions? options = null) =>
        new(new HttpClient(this, disposeHandler: false), options ?? Options());

    public void Enqueue(Func<RecordedRequest, HttpResponseMessage> answer) =>
        _queue.Enqueue((request, _) => Task.FromResult(answer(request)));

    public void Enqueue(Func<RecordedRequest, CancellationToken, Task<HttpResponseMessage>> answer) => _queue.Enqueue(answer);

    public void Enqueue(HttpStatusCode status, string json) => Enqueue(_ => Json(status, json));

    /// <summary>Answers every request whose statement is <paramref name="statement"/> with a result body.</summary>
    public void When(string statement, string body) => _answers.Add((statement, body));

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var headers = request.Headers.ToDictionary(h => h.Key, h => string.Join(",", h.Value), StringComparer.OrdinalIgnoreCase);
        if (request.Content is not null)
        {
            foreach (var header in request.Content.Headers)
            {
                headers[header.Key] = string.Join(",", header.Value);
            }
        }

        var body = request.Content is null ? null : await request.Content.ReadAsStringAsync(cancellationToken);
        var recorded = new RecordedRequest(request.Method, request.RequestUri!.AbsolutePath, headers, body);
        Requests.Add(recorded);
        if (_queue.TryDequeue(out var answer))
        {
            return await answer(recorded, cancellationToken);
        }

        return Responder?.Invoke(recorded) ?? DefaultAnswer(recorded);
    }

    private HttpResponseMessage DefaultAnswer(RecordedRequest request)
    {
        var opening = request.Method == HttpMethod.Post && request.Path.EndsWith("/query/v2/tx", StringComparison.Ordinal);
        foreach (var (statement, body) in _answers)
        {
            if (request.Statement == statement)
            {
                if (!opening)
                {
                    return Json(HttpStatusCode.OK, body);
                }

                var opened = JsonNode.Parse(body)!.AsObject();
                opened["transaction"] = new JsonObject
                {
                    ["id"] = "tx" + Interlocked.Increment(ref _transactions).ToString(CultureInfo.InvariantCulture),
                };
                return Json(HttpStatusCode.Accepted, opened.ToJsonString());
            }
        }

        if (request.Method == HttpMethod.Post && request.Path.EndsWith("/query/v2/tx", StringComparison.Ordinal))
        {
            var id = "tx" + Interlocked.Increment(ref _transactions).ToString(CultureInfo.InvariantCulture);
            return Json(HttpStatusCode.Accepted, Result([], [], transactionId: id));
        }

        if (request.Path.EndsWith("/commit", StringComparison.Ordinal))
        {
            return Json(HttpStatusCode.OK, Result([], [], bookmarks: ["bm-commit"]));
        }

        return Json(HttpStatusCode.OK, Result([], []));
    }

    /// <summary>A JSON response.</summary>
    public static HttpResponseMessage Json(HttpStatusCode status, string json, params (string Name, string Value)[] headers)
    {
        var response = new HttpResponseMessage(status)
        {
            Content = new StringContent(json, Encoding.UTF8, "application/vnd.neo4j.query"),
        };
        foreach (var (name, value) in headers)
        {
            response.Headers.TryAddWithoutValidation(name, value);
        }

        return response;
    }

    /// <summary>A typed-JSON result body with the given columns and rows of .NET values.</summary>
    public static string Result(
        string[] fields, object?[][] rows, string[]? bookmarks = null, string? transactionId = null)
    {
        var root = new JsonObject
        {
            ["data"] = new JsonObject
            {
                ["fields"] = new JsonArray(fields.Select(f => (JsonNode?)JsonValue.Create(f)).ToArray()),
                ["values"] = new JsonArray(rows.Select(row => (JsonNode?)new JsonArray(row.Select(Typed).ToArray())).ToArray()),
            },
            ["counters"] = new JsonObject { ["containsUpdates"] = false, ["nodesCreated"] = 0 },
            ["bookmarks"] = new JsonArray((bookmarks ?? []).Select(b => (JsonNode?)JsonValue.Create(b)).ToArray()),
        };
        if (transactionId is not null)
        {
            root["transaction"] = new JsonObject { ["id"] = transactionId, ["expires"] = "2030-01-01T00:00:30Z" };
        }

        return root.ToJsonString();
    }

    /// <summary>An error body: <c>{"errors": [{"code", "message"}]}</c>.</summary>
    public static string Error(string code, string message = "something went wrong") =>
        new JsonObject { ["errors"] = new JsonArray(new JsonObject { ["code"] = code, ["message"] = message }) }.ToJsonString();

    /// <summary>A .NET value as typed JSON, as the Query API sends it (numbers as strings).</summary>
    public static JsonNode Typed(object? value) => value switch
    {
        null => Node("Null", null),
        string text => Node("String", JsonValue.Create(text)),
        bool flag => Node("Boolean", JsonValue.Create(flag)),
        int or long => Node("Integer", JsonValue.Create(Convert.ToInt64(value, CultureInfo.InvariantCulture).ToString(CultureInfo.InvariantCulture))),
        double number => Node("Float", JsonValue.Create(number.ToString("R", CultureInfo.InvariantCulture))),
        DateOnly date => Node("Date", JsonValue.Create(date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture))),
        DateTimeOffset moment => Node("OffsetDateTime", JsonValue.Create(moment.ToString("yyyy-MM-ddTHH:mm:ss.fffffffzzz", CultureInfo.InvariantCulture))),
        IDictionary map => Node("Map", new JsonObject(map.Keys.Cast<string>().Select(k => KeyValuePair.Create(k, (JsonNode?)Typed(map[k]))))),
        IEnumerable list => Node("List", new JsonArray(list.Cast<object?>().Select(v => (JsonNode?)Typed(v)).ToArray())),
        _ => throw new ArgumentException($"No typed JSON for {value.GetType().Name}."),
    };

    private static JsonObject Node(string type, JsonNode? value) => new() { ["$type"] = type, ["_value"] = value };

    /// <summary>A map for <see cref="Typed"/>.</summary>
    public static Dictionary<string, object?> Map(params (string Key, object? Value)[] entries) =>
        entries.ToDictionary(e => e.Key, e => e.Value, StringComparer.Ordinal);

    /// <summary>Compact JSON of an anonymous object, to compare with <see cref="RecordedRequest.Parameters"/>.</summary>
    public static string JsonOf(object value) => JsonSerializer.Serialize(value);
}
