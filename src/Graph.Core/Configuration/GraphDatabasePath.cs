namespace Graph.Core.Configuration;

/// <summary>
/// The one setting the CLI and the server share for the embedded store's file: an explicit path (<c>--db</c>
/// or configuration) wins, then the <c>GRAPH_DB</c> environment variable, then a file under the user's data
/// directory.
/// </summary>
public static class GraphDatabasePath
{
    /// <summary>The environment variable that names the database file.</summary>
    public const string EnvironmentVariable = "GRAPH_DB";

    /// <summary>Resolves the database path.</summary>
    /// <param name="explicitPath">A path given on the command line or in configuration, if any.</param>
    public static string Resolve(string? explicitPath = null)
    {
        if (!string.IsNullOrWhiteSpace(explicitPath))
        {
            return Path.GetFullPath(explicitPath);
        }

        var fromEnvironment = Environment.GetEnvironmentVariable(EnvironmentVariable);
        return !string.IsNullOrWhiteSpace(fromEnvironment) ? Path.GetFullPath(fromEnvironment) : DefaultPath();
    }

    /// <summary>The default: <c>graph/graph.db</c> under the user's local data directory (XDG on Linux).</summary>
    public static string DefaultPath()
    {
        var dataHome = Environment.GetFolderPath(
            Environment.SpecialFolder.LocalApplicationData, Environment.SpecialFolderOption.DoNotVerify);
        if (string.IsNullOrEmpty(dataHome))
        {
            dataHome = Path.Combine(Path.GetTempPath(), "graph-data");
        }

        return Path.Combine(dataHome, "graph", "graph.db");
    }
}
