using System.ComponentModel;
using Spectre.Console.Cli;

namespace Graph.Cli.Infrastructure;

/// <summary>The option every command that opens the store shares.</summary>
public class StoreSettings : CommandSettings
{
    /// <summary>The database file; see <c>GraphDatabasePath</c> for the fallbacks.</summary>
    [CommandOption("--db <PATH>")]
    [Description("Database file of the embedded store (default: $GRAPH_DB, else ~/.local/share/graph/graph.db).")]
    public string? Database { get; init; }
}
