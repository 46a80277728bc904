using System.ComponentModel;
using System.Diagnostics;
using System.Globalization;
using Graph.Cli.Infrastructure;
using Graph.Core.Configuration;
using Graph.Core.Domain;
using Graph.Storage;
using Graph.Storage.Neo4j;
using Microsoft.Extensions.Options;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Graph.Cli.Commands;

/// <summary>
/// <c>graph push --to neo4j [--db PATH] [--batch-size N]</c>: copies the embedded store into the Neo4j store that
/// <c>NEO4J_URI</c> (and <c>NEO4J_USER</c>, <c>NEO4J_PASSWORD</c>, <c>NEO4J_DATABASE</c>, or <c>Graph__Neo4j__*</c>)
/// names, through the store port: the schema first, then the terms (parents before their variants), then the
/// papers with their links, curated flags included, a batch per transaction. Pushing again updates in place.
/// </summary>
internal sealed class PushCommand(IAnsiConsole console, StoreServices storeServices) : AsyncCommand<PushCommand.Settings>
{
    public sealed class Settings : StoreSettings
    {
        [CommandOption("--to <TARGET>")]
        [Description("Where to copy the store: neo4j (configured by NEO4J_URI, NEO4J_USER, NEO4J_PASSWORD, NEO4J_DATABASE).")]
        public string? To { get; init; }

        [CommandOption("--batch-size <N>")]
        [Description("Papers (and terms) per transaction (default: 1000).")]
        [DefaultValue(1000)]
        public int BatchSize { get; init; } = 1000;

        public override ValidationResult Validate() =>
            !string.Equals(To, "neo4j", StringComparison.OrdinalIgnoreCase)
                ? ValidationResult.Error("--to is required and must be neo4j, the only store to push to.")
                : BatchSize is < 1 or > 10_000
                    ? ValidationResult.Error("--batch-size must be between 1 and 10000.")
                    : ValidationResult.Success();
    }

    public override async Task<int> ExecuteAsync(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        // The source is always the embedded store, whatever Graph__Store says; it must exist, since opening a
        // missing one would create an empty one and push nothing.
        var path = GraphDatabasePath.Resolve(settings.Database);
        if (!File.Exists(path))
        {
            console.MarkupLineInterpolated($"[red]error:[/] there is no embedded store at {path}; give its file with --db or run graph ingest first.");
            return ExitCodes.BadInput;
        }

        await using var source = StoreOpener.Open(path, GraphStorageOptions.SqliteStore, extra: null);
        await source.Store.InitializeAsync(cancellationToken);
        await using var target = StoreOpener.Open(database: null, GraphStorageOptions.Neo4jStore, storeServices);
        var neo4j = target.Get<IOptions<Neo4jOptions>>().Value;
        var where = $"Neo4j at {neo4j.Uri} (database {neo4j.Database})";

        var health = await target.Store.CheckHealthAsync(cancellationToken);
        if (!health.Reachable)
        {
            console.MarkupLineInterpolated($"[red]error:[/] {Unusable(where, health.Problem)}");
            return ExitCodes.StoreFailure;
        }

        await target.Store.InitializeAsync(cancellationToken);
        var clock = Stopwatch.StartNew();
        var copy = new StoreCopy(source.Store, target.Store, settings.BatchSize);
        var total = (int)await source.Store.CountPapersAsync(where: null, cancellationToken);
        StoreCopy.Result result;
        if (console.Profile.Capabilities.Interactive)
        {
            result = await console.Progress()
                .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn())
                .StartAsync(async progress =>
                {
                    var task = progress.AddTask("Papers", maxValue: Math.Max(1, total));
                    return await copy.RunAsync(new SynchronousProgress<int>(done => task.Value = done), cancellationToken);
                });
        }
        else
        {
            result = await copy.RunAsync(null, cancellationToken);
        }

        console.WriteLine(Summary(result, where, clock.Elapsed));
        return ExitCodes.Ok;
    }

    /// <summary>One line: papers, terms, links by kind, where, time.</summary>
    internal static string Summary(StoreCopy.Result result, string where, TimeSpan elapsed)
    {
        var links = string.Join(", ", Enum.GetValues<EntityKind>().Select(k =>
            $"{result.LinksByKind.GetValueOrDefault(k)} {k.ToString().ToLowerInvariant()}"));
        var seconds = elapsed.TotalSeconds.ToString("0.0", CultureInfo.InvariantCulture);
        return $"Pushed {result.Papers} papers and {result.Terms} terms to {where}: links {links} " +
            $"({result.CuratedLinks} curated); {seconds} s.";
    }

    /// <summary>Why Neo4j cannot be used, with what to check; never the password or token.</summary>
    private static string Unusable(string where, string? problem) =>
        problem is not null && problem.Contains("Neo.ClientError.Security.", StringComparison.Ordinal)
            ? $"{where} refused the credentials ({problem}) Check NEO4J_USER and NEO4J_PASSWORD (or Graph__Neo4j__Token)."
            : $"{where} is not reachable: {problem ?? "no answer."} Check NEO4J_URI and that Neo4j is running.";
}
