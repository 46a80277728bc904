using System.ComponentModel;
using Graph.Cli.Infrastructure;
using Graph.Core.Storage;
using Graph.Storage.Export;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Graph.Cli.Commands;

/// <summary><c>graph export [--db PATH] --format json|cypher|csv [--out PATH]</c>.</summary>
internal sealed class ExportCommand(IAnsiConsole console) : AsyncCommand<ExportCommand.Settings>
{
    public sealed class Settings : StoreSettings
    {
        [CommandOption("--format <FORMAT>")]
        [Description("json (docs/export-format.md), cypher (a MERGE script for Neo4j) or csv (files for neo4j-admin import).")]
        public ExportFormat? Format { get; init; }

        [CommandOption("--out <PATH>")]
        [Description("Output file (json, cypher; default: standard output) or directory (csv; required).")]
        public string? Out { get; init; }

        public override ValidationResult Validate() => Format switch
        {
            null => ValidationResult.Error("--format is required: json, cypher or csv."),
            ExportFormat.Csv when string.IsNullOrWhiteSpace(Out) => ValidationResult.Error("--format csv writes several files: give a directory with --out."),
            _ => ValidationResult.Success(),
        };
    }

    public override async Task<int> ExecuteAsync(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        await using var open = await StoreOpener.OpenAsync(settings, cancellationToken);
        int papers;
        if (settings.Format == ExportFormat.Csv)
        {
            papers = await CsvGraphExporter.WriteAsync(open.Store, settings.Out!, cancellationToken);
        }
        else if (settings.Out is null)
        {
            await using var output = Console.OpenStandardOutput();
            papers = await WriteAsync(settings.Format!.Value, open.Store, output, cancellationToken);
        }
        else
        {
            await using var file = new AtomicFile(settings.Out);
            papers = await WriteAsync(settings.Format!.Value, open.Store, file.Stream, cancellationToken);
            await file.CommitAsync(cancellationToken);
        }

        if (settings.Out is not null)
        {
            console.MarkupLineInterpolated($"Exported {papers} papers as {settings.Format.ToString()!.ToLowerInvariant()} to {settings.Out}.");
        }

        return ExitCodes.Ok;
    }

    private static Task<int> WriteAsync(ExportFormat format, IGraphStore store, Stream output, CancellationToken cancellationToken) =>
        format == ExportFormat.Json
            ? JsonGraphExporter.WriteAsync(store, output, cancellationToken)
            : CypherScriptExporter.WriteAsync(store, output, cancellationToken);
}
