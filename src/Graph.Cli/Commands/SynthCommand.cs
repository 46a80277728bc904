using System.ComponentModel;
using Graph.Cli.Infrastructure;
using Graph.Ingestion.Synthesis;
using Graph.Ingestion.Vocabulary;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Graph.Cli.Commands;

/// <summary><c>graph synth --papers N --seed S --out FILE</c>: a deterministic synthetic corpus in Graph NDJSON.</summary>
internal sealed class SynthCommand(IAnsiConsole console) : AsyncCommand<SynthCommand.Settings>
{
    public sealed class Settings : CommandSettings
    {
        [CommandOption("--papers <N>")]
        [Description("How many papers (1 to 10,000,000).")]
        public int Papers { get; init; }

        [CommandOption("--seed <S>")]
        [Description("Random seed; the same seed gives the same file (default 1).")]
        public int Seed { get; init; } = 1;

        [CommandOption("--out <FILE>")]
        [Description("Output file (NDJSON).")]
        public string? Out { get; init; }

        [CommandOption("--vocabulary <DIR>")]
        [Description("Vocabulary directory to draw terms from (default: the bundled vocabulary).")]
        public string? Vocabulary { get; init; }

        public override ValidationResult Validate() =>
            Papers is < 1 or > 10_000_000 ? ValidationResult.Error("--papers must be between 1 and 10,000,000.")
            : string.IsNullOrWhiteSpace(Out) ? ValidationResult.Error("--out is required.")
            : ValidationResult.Success();
    }

    public override async Task<int> ExecuteAsync(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var vocabulary = settings.Vocabulary is null ? VocabularyLoader.LoadBundled() : VocabularyLoader.LoadDirectory(settings.Vocabulary);
        var generator = new SyntheticCorpusGenerator(vocabulary);
        var options = new SyntheticCorpusOptions(settings.Papers, settings.Seed);
        await using var file = new AtomicFile(settings.Out!);
        if (console.Profile.Capabilities.Interactive)
        {
            await console.Progress().StartAsync(async progress =>
            {
                var task = progress.AddTask("Writing", maxValue: settings.Papers);
                await generator.WriteAsync(options, file.Stream, new SynchronousProgress<int>(n => task.Value = n), cancellationToken);
            });
        }
        else
        {
            await generator.WriteAsync(options, file.Stream, null, cancellationToken);
        }

        await file.CommitAsync(cancellationToken);
        console.MarkupLineInterpolated($"Wrote {settings.Papers} synthetic papers (seed {settings.Seed}) to {settings.Out}.");
        return ExitCodes.Ok;
    }
}
