namespace Graph.Api.Explorer;

/// <summary>The Explorer's log messages.</summary>
internal static partial class ExplorerLog
{
    [LoggerMessage(EventId = 111, Level = LogLevel.Warning,
        Message = "The Explorer is not built in {AssetsPath}: build Graph.Api with npm on PATH; until then browsers get 503 at /")]
    public static partial void NotBuilt(ILogger logger, string assetsPath);
}
