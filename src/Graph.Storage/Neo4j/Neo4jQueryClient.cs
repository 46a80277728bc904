using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Options;

namespace Graph.Storage.Neo4j;

/// <summary>
/// A typed HTTP client for Neo4j's Query API: one statement per request, either in an implicit (auto-commit)
/// transaction, <c>POST /db/{db}/query/v2</c>, or in an explicit one under <c>/query/v2/tx</c>. Parameters go
/// as plain JSON; results come back as typed JSON so integers, floats and dates keep their types. Every request
/// carries the credentials and times out after <see cref="Neo4jOptions.Timeout"/>.
/// </summary>
/// <remarks>Retries and bookmarks are the caller's business (<see cref="Neo4jExecutor"/>): a transient failure
/// inside an explicit transaction rolls the whole transaction back, so only the whole unit of work can be retried.</remarks>
internal sealed class Neo4jQueryClient
{
    /// <summary>The media type of typed JSON results.</summary>
    public const string TypedJson = "application/vnd.neo4j.query";

    /// <summary>The response header a cluster uses to pin a transaction to one member; echoed on its later requests.</summary>
    public const string AffinityHeader = "neo4j-cluster-affinity";

    private static readonly MediaTypeHeaderValue JsonContentType = new("application/json");
    private readonly HttpClient _http;
    private readonly string _queryUri;
    private readonly AuthenticationHeaderValue? _authorization;
    private readonly TimeSpan _timeout;

    public Neo4jQueryClient(HttpClient http, IOptions<Neo4jOptions> options)
    {
        ArgumentNullException.ThrowIfNull(http);
        ArgumentNullException.ThrowIfNull(options);
        var settings = options.Value;
        var problems = settings.Validate();
        if (problems.Count > 0)
        {
            throw new ArgumentException(string.Join(" ", problems), nameof(options));
        }

        _http = http;
        _queryUri = settings.Uri!.AbsoluteUri.TrimEnd('/') + "/db/" + Uri.EscapeDataString(settings.Database) + "/query/v2";
        _timeout = settings.Timeout;
        _authorization = !string.IsNullOrEmpty(settings.Token)
            ? new AuthenticationHeaderValue("Bearer", settings.Token)
            : !string.IsNullOrEmpty(settings.User)
                ? new AuthenticationHeaderValue(
                    "Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes(settings.User + ":" + settings.Password)))
                : null;
    }

    /// <summary>Runs a statement in its own (auto-commit) transaction.</summary>
    public Task<Neo4jResult> RunAsync(
        Neo4jStatement statement, Neo4jAccessMode mode, IReadOnlyCollection<string> bookmarks, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(statement);
        return SendAsync(HttpMethod.Post, _queryUri, Body(statement, mode, bookmarks), null, statement.Name, cancellationToken);
    }

    /// <summary>A transaction that opens with its first statement.</summary>
    public Neo4jTransaction Begin(Neo4jAccessMode mode, IReadOnlyCollection<string> bookmarks) => new(this, mode, bookmarks);

    /// <summary>Opens a transaction with its first statement: <c>POST /query/v2/tx</c>.</summary>
    internal async Task<Neo4jResult> OpenAsync(
        Neo4jStatement statement, Neo4jAccessMode mode, IReadOnlyCollection<string> bookmarks, CancellationToken cancellationToken)
    {
        var result = await SendAsync(
            HttpMethod.Post, _queryUri + "/tx", Body(statement, mode, bookmarks), null, statement.Name, cancellationToken);
        return result.TransactionId is null
            ? throw new InvalidDataException($"Neo4j opened no transaction for '{statement.Name}'.")
            : result;
    }

    /// <summary>Runs a statement in an open transaction: <c>POST /query/v2/tx/{id}</c>.</summary>
    internal Task<Neo4jResult> RunInAsync(
        string transactionId, string? affinity, Neo4jStatement statement, CancellationToken cancellationToken) =>
        SendAsync(HttpMethod.Post, TransactionUri(transactionId), Body(statement, null, []), affinity, statement.Name, cancellationToken);

    /// <summary>Commits a transaction: <c>POST /query/v2/tx/{id}/commit</c>; the result carries the bookmarks.</summary>
    internal Task<Neo4jResult> CommitAsync(string transactionId, string? affinity, CancellationToken cancellationToken) =>
        SendAsync(HttpMethod.Post, TransactionUri(transactionId) + "/commit", new Dictionary<string, object?>(), affinity, "commit", cancellationToken);

    /// <summary>Rolls a transaction back: <c>DELETE /query/v2/tx/{id}</c>.</summary>
    internal Task<Neo4jResult> RollbackAsync(string transactionId, string? affinity, CancellationToken cancellationToken) =>
        SendAsync(HttpMethod.Delete, TransactionUri(transactionId), null, affinity, "rollback", cancellationToken);

    private string TransactionUri(string transactionId) => _queryUri + "/tx/" + Uri.EscapeDataString(transactionId);

    private static Dictionary<string, object?> Body(
        Neo4jStatement statement, Neo4jAccessMode? mode, IReadOnlyCollection<string> bookmarks)
    {
        var body = new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            ["statement"] = statement.Text,
            ["parameters"] = statement.Parameters,
            ["includeCounters"] = true,
        };
        if (bookmarks.Count > 0)
        {
            body["bookmarks"] = bookmarks;
        }

        if (mode is { } accessMode)
        {
            body["accessMode"] = accessMode == Neo4jAccessMode.Read ? "READ" : "WRITE";
        }

        return body;
    }

    private async Task<Neo4jResult> SendAsync(
        HttpMethod method, string uri, object? body, string? affinity, string what, CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(_timeout);
        using var request = new HttpRequestMessage(method, uri);
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue(TypedJson));
        request.Headers.Authorization = _authorization;
        if (affinity is not null)
        {
            request.Headers.TryAddWithoutValidation(AffinityHeader, affinity);
        }

        if (body is not null)
        {
            request.Content = new ByteArrayContent(JsonSerializer.SerializeToUtf8Bytes(body));
            request.Content.Headers.ContentType = JsonContentType;
        }

        try
        {
            using var response = await _http.SendAsync(request, HttpCompletionOption.ResponseContentRead, timeout.Token);
            var bytes = await response.Content.ReadAsByteArrayAsync(timeout.Token);
            var pinned = response.Headers.TryGetValues(AffinityHeader, out var values) ? values.FirstOrDefault() : null;
            return Neo4jResponseReader.Read(response.StatusCode, bytes, what, pinned ?? affinity);
        }
        catch (OperationCanceledException e) when (!cancellationToken.IsCancellationRequested)
        {
            throw new TimeoutException($"Neo4j did not answer '{what}' within {_timeout}.", e);
        }
    }
}
