using Graph.Cli.Commands;
using Graph.Cli.Infrastructure;
using Graph.Core;
using Graph.Core.Storage;
using Graph.Ingestion.Listings;
using Graph.Ingestion.Vocabulary;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Graph.Cli;

/// <summary>The <c>graph</c> command line: ingest, export, push, stats, candidates, synth, key, schema.</summary>
public static class GraphCli
{
    /// <summary>Runs the command line against a console; returns the process exit code (<see cref="ExitCodes"/>).</summary>
    public static Task<int> RunAsync(string[] args, IAnsiConsole console, CancellationToken cancellationToken = default) =>
        RunAsync(args, console, storeServices: null, cancellationToken);

    /// <summary>Runs the command line with extra registrations for the stores commands open (tests' fakes).</summary>
    internal static async Task<int> RunAsync(
        string[] args, IAnsiConsole console, Action<IServiceCollection>? storeServices, CancellationToken cancellationToken)
    {
        var services = new ServiceCollection();
        services.AddSingleton(console);
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton(new StoreServices(storeServices));
        var app = new CommandApp(new TypeRegistrar(services));
        app.Configure(config =>
        {
            config.SetApplicationName("graph");
            config.ConfigureConsole(console);
            config.AddCommand<IngestCommand>("ingest")
                .WithDescription("Read listings, link their papers to the vocabulary and load them into the store.")
                .WithExample("ingest", "data/corpus/hf-daily-papers.txt", "--year", "2025");
            config.AddCommand<ExportCommand>("export")
                .WithDescription("Write the whole graph as JSON, a Cypher script or CSV files for neo4j-admin.")
                .WithExample("export", "--format", "json", "--out", "graph.json");
            config.AddCommand<PushCommand>("push")
                .WithDescription("Copy the embedded store (terms, papers, links with their curated flags) into Neo4j.")
                .WithExample("push", "--to", "neo4j", "--db", "graph.db");
            config.AddCommand<StatsCommand>("stats")
                .WithDescription("Count nodes by label and relationships by type.");
            config.AddCommand<CandidatesCommand>("candidates")
                .WithDescription("List the terms the corpus proposes that the vocabulary lacks, most supported first.");
            config.AddCommand<SynthCommand>("synth")
                .WithDescription("Write a deterministic synthetic corpus (Graph NDJSON) for benchmarks.")
                .WithExample("synth", "--papers", "100000", "--seed", "7", "--out", "synthetic-100k.ndjson");
            config.AddBranch("key", key =>
            {
                key.SetDescription("Manage write credentials for the server.");
                key.AddCommand<KeyCommand>("new").WithDescription("Make an API key; prints the key once and the hash to configure.");
            });
            config.AddCommand<SchemaCommand>("schema")
                .WithDescription("Print the GraphQL schema (SDL) the server serves.");
            config.SetExceptionHandler((exception, _) => Report(console, exception));
        });
        return await app.RunAsync(args, cancellationToken);
    }

    private static int Report(IAnsiConsole console, Exception exception)
    {
        var (code, message) = exception switch
        {
            ListingFormatException or VocabularyException => (ExitCodes.BadInput, exception.Message),
            GraphQueryException => (ExitCodes.BadInput, exception.Message),
            CommandAppException => (ExitCodes.Usage, exception.Message),
            OptionsValidationException options => (ExitCodes.Usage, string.Join(" ", options.Failures)),
            GraphStoreException store => (ExitCodes.StoreFailure, $"{store.Message} {store.InnerException?.Message}"),
            IOException or UnauthorizedAccessException => (ExitCodes.StoreFailure, exception.Message),
            OperationCanceledException => (ExitCodes.Cancelled, "cancelled; nothing of the unfinished write was kept."),
            _ => (ExitCodes.Unexpected, exception.ToString()),
        };
        console.MarkupLineInterpolated($"[red]error:[/] {message}");
        return code;
    }
}
