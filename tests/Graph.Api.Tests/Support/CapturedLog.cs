using Microsoft.Extensions.Logging;

namespace Graph.Api.Tests.Support;

/// <summary>One log entry written while a test host ran.</summary>
public sealed record CapturedLog(string Category, LogLevel Level, EventId EventId, string Message, Exception? Exception);
