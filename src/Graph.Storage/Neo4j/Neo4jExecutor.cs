using Microsoft.Extensions.Logging;
using Polly;
using Polly.Retry;

namespace Graph.Storage.Neo4j;

/// <summary>
/// Runs units of work against Neo4j: a single auto-commit statement or an explicit transaction, each retried as a
/// whole with exponential backoff when Neo4j reports a transient failure, each sent with the bookmarks of the
/// store's earlier writes. A write's bookmarks are kept for the requests after it.
/// </summary>
internal sealed class Neo4jExecutor
{
    private readonly Neo4jQueryClient _client;
    private readonly Neo4jBookmarks _bookmarks = new();
    private readonly ResiliencePipeline _retry;

    public Neo4jExecutor(Neo4jQueryClient client, Neo4jOptions options, ILogger logger, TimeProvider timeProvider)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(logger);
        _client = client;
        var builder = new ResiliencePipelineBuilder { TimeProvider = timeProvider };
        if (options.MaxRetries > 0)
        {
            builder.AddRetry(new RetryStrategyOptions
            {
                ShouldHandle = new PredicateBuilder().Handle<Neo4jException>(e => e.IsTransient),
                MaxRetryAttempts = options.MaxRetries,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                Delay = options.RetryDelay,
                MaxDelay = options.MaxRetryDelay,
                OnRetry = args =>
                {
                    var code = args.Outcome.Exception is Neo4jException e ? e.Code : "unknown";
                    Neo4jLog.Retrying(logger, args.Context.OperationKey ?? "request", code, args.AttemptNumber + 1, args.RetryDelay);
                    return default;
                },
            });
        }

        _retry = builder.Build();
    }

    /// <summary>The bookmarks the next request carries.</summary>
    public IReadOnlyCollection<string> Bookmarks => _bookmarks.Current;

    /// <summary>Runs a read in its own transaction.</summary>
    public Task<Neo4jResult> ReadAsync(string operation, Neo4jStatement statement, CancellationToken cancellationToken) =>
        ExecuteAsync(
            operation,
            token => _client.RunAsync(statement, Neo4jAccessMode.Read, _bookmarks.Current, token),
            cancellationToken);

    /// <summary>Runs a write in its own transaction (schema changes, which cannot share one).</summary>
    public Task<Neo4jResult> WriteAsync(string operation, Neo4jStatement statement, CancellationToken cancellationToken) =>
        ExecuteAsync(
            operation,
            async token =>
            {
                var sent = _bookmarks.Current;
                var result = await _client.RunAsync(statement, Neo4jAccessMode.Write, sent, token);
                _bookmarks.Update(sent, result.Bookmarks);
                return result;
            },
            cancellationToken);

    /// <summary>
    /// Runs <paramref name="work"/> in one explicit transaction and commits it; anything that fails (or a
    /// cancellation) rolls it back. After a transient failure the whole of it runs again.
    /// </summary>
    public Task<T> InTransactionAsync<T>(
        string operation,
        Neo4jAccessMode mode,
        Func<Neo4jTransaction, CancellationToken, Task<T>> work,
        CancellationToken cancellationToken) =>
        ExecuteAsync(
            operation,
            async token =>
            {
                var sent = _bookmarks.Current;
                await using var transaction = _client.Begin(mode, sent);
                var result = await work(transaction, token);
                token.ThrowIfCancellationRequested();
                var received = await transaction.CommitAsync(token);
                if (mode == Neo4jAccessMode.Write)
                {
                    _bookmarks.Update(sent, received);
                }

                return result;
            },
            cancellationToken);

    private async Task<T> ExecuteAsync<T>(string operation, Func<CancellationToken, Task<T>> work, CancellationToken cancellationToken)
    {
        var context = ResilienceContextPool.Shared.Get(operation, cancellationToken);
        try
        {
            return await _retry.ExecuteAsync(
                static async (ctx, state) => await state(ctx.CancellationToken),
                context,
                work);
        }
        finally
        {
            ResilienceContextPool.Shared.Return(context);
        }
    }
}
