using Graph.Core.Domain;
using Graph.Ingestion.Extraction;
using Graph.Ingestion.Listings;

namespace Graph.Ingestion.Tests.Quality;

/// <summary>
/// Scores extraction against a gold set. A predicted link and a gold label are the same item when the label's
/// name is the term's name or one of its aliases, or when one of the label's surface strings is a span the
/// extractor quoted as evidence (ignoring case and separators): names may differ, the text may not.
/// </summary>
internal sealed class ExtractionScorer(MentionExtractor extractor)
{
    public Score Score(IReadOnlyList<ListingPaper> papers, GoldSet gold, EntityKind kind, bool includeIntroduced = true)
    {
        var byTitle = papers.ToDictionary(p => p.Title, StringComparer.Ordinal);
        var score = new Score(kind);
        foreach (var goldPaper in gold.Papers)
        {
            var paper = byTitle[goldPaper.Title];
            var labels = (kind == EntityKind.Method ? goldPaper.Methods : goldPaper.Datasets)
                .Where(l => includeIntroduced || !l.IntroducedByPaper).ToList();
            var predicted = extractor.Extract(paper.Id, paper.Title, paper.Abstract).Mentions.Where(m => m.Kind == kind).ToList();
            var matchedLabels = new HashSet<GoldLabel>();
            foreach (var mention in predicted)
            {
                var label = labels.FirstOrDefault(l => Same(l, mention));
                if (label is not null)
                {
                    score.TruePositives++;
                    matchedLabels.Add(label);
                }
                else if (gold.Papers.Count > 0 && !IsExcludedIntroduced(goldPaper, kind, mention, includeIntroduced))
                {
                    score.FalsePositives.Add($"{Short(goldPaper.Title)}: {Name(mention)} ({string.Join(" | ", mention.Evidence.Select(e => e.Text).Distinct())})");
                }
            }

            foreach (var missed in labels.Where(l => !matchedLabels.Contains(l)))
            {
                score.FalseNegatives.Add($"{Short(goldPaper.Title)}: {missed.Name} ({string.Join(" | ", missed.Surface)})");
            }
        }

        return score;
    }

    private bool IsExcludedIntroduced(GoldPaper paper, EntityKind kind, Mention mention, bool includeIntroduced) =>
        !includeIntroduced && (kind == EntityKind.Method ? paper.Methods : paper.Datasets)
            .Any(l => l.IntroducedByPaper && Same(l, mention));

    private bool Same(GoldLabel label, Mention mention)
    {
        var entity = extractor.Vocabulary.Find(mention.EntityId)!.Entity;
        var names = entity.Aliases.Prepend(entity.Name).Select(Normalize).ToHashSet();
        if (names.Contains(Normalize(label.Name)))
        {
            return true;
        }

        var spans = mention.Evidence.Select(e => Normalize(e.Text)).ToHashSet();
        return label.Surface.Any(s => spans.Contains(Normalize(s)));
    }

    private string Name(Mention mention) => extractor.Vocabulary.Find(mention.EntityId)!.Entity.Name;

    private static string Normalize(string text) => FoldedText.Fold(text.Trim()).Lower.TrimEnd('s');

    private static string Short(string title) => title.Length <= 40 ? title : title[..40];
}

internal sealed class Score(EntityKind kind)
{
    public EntityKind Kind { get; } = kind;

    public int TruePositives { get; set; }

    public List<string> FalsePositives { get; } = [];

    public List<string> FalseNegatives { get; } = [];

    public double Precision => TruePositives + FalsePositives.Count == 0 ? 1 : TruePositives / (double)(TruePositives + FalsePositives.Count);

    public double Recall => TruePositives + FalseNegatives.Count == 0 ? 1 : TruePositives / (double)(TruePositives + FalseNegatives.Count);

    public override string ToString() =>
        $"{Kind}: precision {Precision:0.000} recall {Recall:0.000} (tp {TruePositives}, fp {FalsePositives.Count}, fn {FalseNegatives.Count})" +
        "\n  false positives:\n    " + string.Join("\n    ", FalsePositives) +
        "\n  false negatives:\n    " + string.Join("\n    ", FalseNegatives);
}
