using System.ComponentModel;
using System.Globalization;
using Graph.Cli.Infrastructure;
using Graph.Core.Domain;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Graph.Cli.Commands;

/// <summary>
/// <c>graph candidates [--db PATH] [--min-confidence X] [--top N]</c>: proposed terms grouped by name, with the
/// number of papers proposing each; a curator adds the good ones to the vocabulary.
/// </summary>
internal sealed class CandidatesCommand(IAnsiConsole console) : AsyncCommand<CandidatesCommand.Settings>
{
    public sealed class Settings : StoreSettings
    {
        [CommandOption("--min-confidence <X>")]
        [Description("Leave out candidates below this confidence (0 to 1; default 0.7).")]
        public double MinConfidence { get; init; } = 0.7;

        [CommandOption("--top <N>")]
        [Description("Show at most N candidates (default 50).")]
        public int Top { get; init; } = 50;

        public override ValidationResult Validate() =>
            MinConfidence is < 0 or > 1 ? ValidationResult.Error("--min-confidence must be between 0 and 1.")
            : Top < 1 ? ValidationResult.Error("--top must be at least 1.")
            : ValidationResult.Success();
    }

    public override async Task<int> ExecuteAsync(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        await using var open = await StoreOpener.OpenAsync(settings, cancellationToken);
        var candidates = new List<CandidateTerm>();
        await foreach (var paper in open.Store.ReadAllPapersAsync(cancellationToken))
        {
            candidates.AddRange(paper.Candidates.Where(c => c.Confidence >= settings.MinConfidence));
        }

        var table = new Table().AddColumns("Candidate", "Abbreviation", "Kind", "Papers", "Confidence", "Example");
        var groups = candidates
            .GroupBy(c => c.Name, StringComparer.OrdinalIgnoreCase)
            .Select(g => (Name: g.Key, Items: g.ToList(), Papers: g.Select(c => c.PaperId).Distinct().Count()))
            .OrderByDescending(g => g.Papers).ThenByDescending(g => g.Items.Max(c => c.Confidence)).ThenBy(g => g.Name, StringComparer.Ordinal)
            .Take(settings.Top);
        foreach (var (name, items, papers) in groups)
        {
            var best = items.MaxBy(c => c.Confidence)!;
            table.AddRow(
                Markup.Escape(name),
                Markup.Escape(best.Abbreviation ?? string.Empty),
                best.SuggestedKind?.ToString().ToLowerInvariant() ?? "?",
                papers.ToString(CultureInfo.InvariantCulture),
                best.Confidence.ToString("0.00", CultureInfo.InvariantCulture),
                Markup.Escape(best.Evidence.Text));
        }

        console.Write(table);
        return ExitCodes.Ok;
    }
}
