namespace Graph.Api.Ide;

/// <summary>The IDE's log messages.</summary>
internal static partial class BananaCakePopLog
{
    [LoggerMessage(EventId = 101, Level = LogLevel.Warning,
        Message = "Banana Cake Pop is not installed in {AssetsPath}: build Graph.Api with npm on PATH; until then browsers get 503 at {Pattern}")]
    public static partial void NotInstalled(ILogger logger, string assetsPath, string pattern);
}
