using Microsoft.Extensions.Logging;

namespace Graph.Storage.Neo4j;

/// <summary>The store's log messages. They name operations and Neo4j status codes, never parameter values.</summary>
internal static partial class Neo4jLog
{
    [LoggerMessage(
        EventId = 1, Level = LogLevel.Warning,
        Message = "Neo4j {Operation} failed with {Code}; retry {Attempt} in {Delay}")]
    public static partial void Retrying(ILogger logger, string operation, string code, int attempt, TimeSpan delay);
}
