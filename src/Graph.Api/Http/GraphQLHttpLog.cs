
namespace Graph.Api.Http;

/// <summary>The transport's log messages. Variable values never appear in them: they may hold user data.</summary>
internal static partial class GraphQLHttpLog
{
    [LoggerMessage(EventId = 1, Level = LogLevel.Error,
        Message = "GraphQL request failed unexpectedly: operation {OperationName}, {Method} {Path}, trace {TraceId}")]
    public static partial void UnexpectedFailure(
        ILogger logger, Exception exception, string operationName, string method, string path, string traceId);

    [LoggerMessage(EventId = 2, Level = LogLevel.Debug,
        Message = "GraphQL request rejected with {StatusCode} {Code}: {Reason}")]
    public static partial void Rejected(ILogger logger, int statusCode, string code, string reason);

    [LoggerMessage(EventId = 3, Level = LogLevel.Debug,
        Message = "GraphQL request aborted by the client: operation {OperationName}, trace {TraceId}")]
    public static partial void Aborted(ILogger logger, string? operationName, string traceId);
}
