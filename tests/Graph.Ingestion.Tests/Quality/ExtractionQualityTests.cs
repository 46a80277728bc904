using Graph.Core.Domain;
using Graph.Ingestion.Extraction;
using Graph.Ingestion.Listings;
using Graph.Ingestion.Vocabulary;
using Graph.Tests.Shared;

namespace Graph.Ingestion.Tests.Quality;

/// <summary>
/// Extraction quality against hand-labelled gold sets: half of the bundled page, and 40 papers from outside it
/// (Fixtures/heldout), which the vocabulary was not written from. Targets: precision ≥ 0.90, recall ≥ 0.85.
/// </summary>
public class ExtractionQualityTests(ITestOutputHelper output)
{
    private const double MinPrecision = 0.90;
    private const double MinRecall = 0.85;

    private static readonly MentionExtractor Extractor = new(VocabularyLoader.LoadDirectory(RepoPaths.Vocabulary));
    private static readonly string Fixtures = Path.Combine(AppContext.BaseDirectory, "Fixtures");

    public static TheoryData<EntityKind> Kinds => [EntityKind.Method, EntityKind.Dataset];

    [Theory]
    [MemberData(nameof(Kinds))]
    public void Extract_BundledGoldSet_MeetsTargets(EntityKind kind)
    {
        var papers = new ListingReader().Parse(File.ReadAllBytes(RepoPaths.BundledCorpus), "bundled", new ListingOptions(2025)).Papers;
        var score = new ExtractionScorer(Extractor).Score(papers, GoldSet.Load(Path.Combine(Fixtures, "gold", "bundled-gold.json")), kind);

        AssertMeetsTargets(score);
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public void Extract_HeldOutGoldSet_MeetsTargets(EntityKind kind)
    {
        var papers = new ListingReader().Parse(File.ReadAllBytes(Path.Combine(Fixtures, "heldout", "heldout-papers.ndjson")), "heldout", new ListingOptions()).Papers;
        var score = new ExtractionScorer(Extractor).Score(papers, GoldSet.Load(Path.Combine(Fixtures, "heldout", "heldout-gold.json")), kind);

        AssertMeetsTargets(score);
    }

    private void AssertMeetsTargets(Score score)
    {
        output.WriteLine(score.ToString());
        Assert.True(score.Precision >= MinPrecision, $"precision {score.Precision:0.000} < {MinPrecision}\n{score}");
        Assert.True(score.Recall >= MinRecall, $"recall {score.Recall:0.000} < {MinRecall}\n{score}");
    }
}
