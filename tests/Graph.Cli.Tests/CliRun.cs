using Microsoft.Extensions.DependencyInjection;
using Spectre.Console.Testing;

namespace Graph.Cli.Tests;

/// <summary>Runs <c>graph</c> in process against a test console and a temporary database.</summary>
internal sealed class CliRun : IDisposable
{
    public CliRun()
    {
        Directory.CreateDirectory(Root);
    }

    public string Root { get; } = Path.Combine(Path.GetTempPath(), "graph-cli-tests", Guid.NewGuid().ToString("N"));

    public string Database => Path.Combine(Root, "graph.db");

#pragma warning disable CA1822 // An instance method reads better at call sites: cli.RunAsync(...).
    public Task<(int ExitCode, string Output)> RunAsync(params string[] args) => RunAsync(null, args);

    /// <summary>Runs with extra registrations for the stores the command opens (a fake Neo4j server).</summary>
    public async Task<(int ExitCode, string Output)> RunAsync(Action<IServiceCollection>? storeServices, params string[] args)
    {
        var console = new TestConsole { Profile = { Width = 400 } };
        var code = await GraphCli.RunAsync(args, console, storeServices, TestContext.Current.CancellationToken);
        return (code, console.Output);
    }
#pragma warning restore CA1822

    public string WriteFile(string name, string content)
    {
        var path = Path.Combine(Root, name);
        File.WriteAllText(path, content);
        return path;
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(Root, recursive: true);
    }
}
