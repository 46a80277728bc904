using System.ComponentModel;
using System.Globalization;
using Graph.Cli.Infrastructure;
using Graph.Core.Domain;
using Graph.Ingestion.Extraction;
using Graph.Ingestion.Listings;
using Graph.Ingestion.Pipeline;
using Graph.Ingestion.Vocabulary;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Graph.Cli.Commands;

/// <summary><c>graph ingest FILE... [--db PATH] [--year YYYY] [--vocabulary DIR]</c>.</summary>
internal sealed class IngestCommand(IAnsiConsole console, TimeProvider clock) : AsyncCommand<IngestCommand.Settings>
{
    public sealed class Settings : StoreSettings
    {
        [CommandArgument(0, "<FILE>")]
        [Description("Listing files: Daily Papers page text, daily-papers API JSON, or Graph NDJSON.")]
        public string[] Files { get; init; } = [];

        [CommandOption("--year <YYYY>")]
        [Description("Year of a Daily Papers page, for dates shown without one (default: inferred from the page).")]
        public int? Year { get; init; }

        [CommandOption("--vocabulary <DIR>")]
        [Description("Vocabulary directory (default: the bundled vocabulary).")]
        public string? Vocabulary { get; init; }

        public override ValidationResult Validate() =>
            Year is < 1900 or > 2999 ? ValidationResult.Error("--year must be a four-digit year.") : ValidationResult.Success();
    }

    public override async Task<int> ExecuteAsync(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var vocabulary = settings.Vocabulary is null
            ? VocabularyLoader.LoadBundled()
            : VocabularyLoader.LoadDirectory(settings.Vocabulary);
        await using var open = await StoreOpener.OpenAsync(settings, cancellationToken, bulkLoad: true);
        var ingester = new CorpusIngester(new ListingReader(clock), new MentionExtractor(vocabulary), open.Store);
        var options = new ListingOptions(settings.Year);

        IngestReport report;
        if (console.Profile.Capabilities.Interactive)
        {
            report = await console.Progress()
                .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn())
                .StartAsync(async progress =>
                {
                    var tasks = Enum.GetValues<IngestStage>().ToDictionary(s => s, s => progress.AddTask(s.ToString(), autoStart: false));
                    var reporter = new SynchronousProgress<IngestProgress>(p =>
                    {
                        var task = tasks[p.Stage];
                        task.MaxValue = Math.Max(1, p.Total);
                        task.Value = p.Done;
                        task.StartTask();
                    });
                    return await ingester.IngestFilesAsync(settings.Files, options, reporter, cancellationToken);
                });
        }
        else
        {
            report = await ingester.IngestFilesAsync(settings.Files, options, null, cancellationToken);
        }

        foreach (var note in report.Notes)
        {
            console.MarkupLineInterpolated($"[yellow]note:[/] {note}");
        }

        console.WriteLine(Summary(report));
        return ExitCodes.Ok;
    }

    /// <summary>One line: papers, links by kind, candidates, time.</summary>
    internal static string Summary(IngestReport report)
    {
        var links = string.Join(", ", Enum.GetValues<EntityKind>().Select(k =>
            $"{report.LinksByKind.GetValueOrDefault(k)} {k.ToString().ToLowerInvariant()}"));
        var seconds = report.Elapsed.TotalSeconds.ToString("0.0", CultureInfo.InvariantCulture);
        return $"Ingested {report.Papers} papers from {report.Files} file(s): links {links}; " +
            $"{report.Candidates} candidate terms; {report.NegatedMentions} negated mentions skipped; {seconds} s.";
    }
}
