using System.Diagnostics;
using GraphQL;
using GraphQL.DI;

namespace Graph.Api.Observability;

/// <summary>
/// Wraps every GraphQL execution: a span, metrics, and one structured log line with the operation name, its
/// duration, its store calls and its error codes. Variable values are never logged.
/// </summary>
public sealed partial class GraphQLRequestLogging(ILogger<GraphQLRequestLogging> logger)
{
    /// <summary>The execution middleware for <c>ConfigureExecution</c>.</summary>
    public async Task<ExecutionResult> ExecuteAsync(ExecutionOptions options, ExecutionDelegate next)
    {
        var operation = string.IsNullOrWhiteSpace(options.OperationName) ? "(anonymous)" : options.OperationName;
        using var activity = GraphTelemetry.Source.StartActivity("graphql " + operation, ActivityKind.Internal);
        var tally = StoreCallTally.Start();
        var started = Stopwatch.GetTimestamp();
        var result = await next(options);
        var elapsed = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
        var codes = result.Errors is { Count: > 0 } errors
            ? string.Join(",", errors.Select(e => e.Code ?? "ERROR").Distinct())
            : null;
        var outcome = codes is null ? "ok" : "error";
        activity?.SetTag("graphql.operation.name", operation);
        activity?.SetTag("graph.store.calls", tally.Calls);
        if (codes is not null)
        {
            activity?.SetStatus(ActivityStatusCode.Error, codes);
        }

        GraphTelemetry.Operations.Add(1, new TagList { { "outcome", outcome } });
        GraphTelemetry.OperationDuration.Record(elapsed, new TagList { { "outcome", outcome } });
        LogOperation(logger, operation, elapsed, tally.Calls, codes ?? "none");
        return result;
    }

    [LoggerMessage(Level = LogLevel.Information,
        Message = "GraphQL {OperationName} took {ElapsedMs:0.0} ms with {StoreCalls} store calls; errors: {ErrorCodes}")]
    private static partial void LogOperation(ILogger logger, string operationName, double elapsedMs, int storeCalls, string errorCodes);
}
