using System.Text.Json;
using Graph.Benchmarks.Extraction;
using Graph.Benchmarks.Infrastructure;
using Graph.Ingestion.Extraction;
using Graph.Ingestion.Listings;
using Graph.Tests.Shared;

namespace Graph.Benchmarks.Tests;

/// <summary>
/// The naive baseline of the extraction benchmark (one regex per term) must link exactly what the trie links,
/// span for span, or the benchmark compares two different jobs.
/// </summary>
public class NaiveExtractorTests
{
    private static readonly MentionExtractor Trie = new(BenchCorpus.Vocabulary);
    private static readonly MentionExtractor Naive = NaiveExtractor.Create(BenchCorpus.Vocabulary);

    [Fact]
    public void Extract_BundledCorpus_NaiveGivesIdenticalLinks()
    {
        var papers = new ListingReader().Parse(File.ReadAllBytes(RepoPaths.BundledCorpus), "bundled", new ListingOptions(2025)).Papers;

        var links = AssertIdentical(papers);

        Assert.True(links > 300, $"only {links} links: the corpus did not exercise the matchers");
    }

    [Fact]
    public void Extract_SyntheticSample_NaiveGivesIdenticalLinks()
    {
        var bytes = BenchCorpus.Synthesize(400, seed: 7);
        var papers = new ListingReader().Parse(bytes, "synthetic", new ListingOptions()).Papers;

        var links = AssertIdentical(papers);

        Assert.True(links > 1_500, $"only {links} links: the corpus did not exercise the matchers");
    }

    [Fact]
    public void Extract_HeldOutPapers_NaiveGivesIdenticalLinks()
    {
        var path = Path.Combine(RepoPaths.Root, "tests", "Graph.Ingestion.Tests", "Fixtures", "heldout", "heldout-papers.ndjson");
        var papers = new ListingReader().Parse(File.ReadAllBytes(path), "heldout", new ListingOptions()).Papers;

        var links = AssertIdentical(papers);

        Assert.True(links > 100, $"only {links} links: the corpus did not exercise the matchers");
    }

    [Fact]
    public void Match_OverlappingAndPluralNames_NaiveFindsWhatTheTrieFinds()
    {
        // Overlapping names of one term, plurals, case-sensitive acronyms, a dataset around a model name, negation.
        const string text = "Mixture of Experts mixtures of experts: LoRA, lora, QLoRA and LoRAs on MMLU and Global MMLU; " +
            "the Alpaca dataset, not Alpaca; a replay-free Vision Transformer without knowledge distillation (KD).";

        var links = AssertIdentical([new ListingPaper("Sparse Mixture-of-Experts", text, null, null, null, null, null, [], 1)]);

        Assert.True(links >= 4, $"only {links} links");
    }

    private static int AssertIdentical(IReadOnlyList<ListingPaper> papers)
    {
        var links = 0;
        foreach (var paper in papers)
        {
            var expected = Describe(Trie.Extract(paper.Id, paper.Title, paper.Abstract));
            var actual = Describe(Naive.Extract(paper.Id, paper.Title, paper.Abstract));
            Assert.Equal(expected, actual);
            links += Trie.Extract(paper.Id, paper.Title, paper.Abstract).Mentions.Count;
        }

        return links;
    }

    /// <summary>Everything an extraction found, in order, as text: mentions with evidence, candidates, negated spans.</summary>
    private static string Describe(ExtractionResult result) => JsonSerializer.Serialize(new
    {
        Mentions = result.Mentions.Select(m => new { m.EntityId, m.Kind, Evidence = m.Evidence.ToList() }),
        result.Candidates,
        Negated = result.Negated.Select(n => new { n.EntityId, n.Evidence }),
    });
}
