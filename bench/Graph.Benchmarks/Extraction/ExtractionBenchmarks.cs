using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Running;
using Graph.Benchmarks.Infrastructure;
using Graph.Ingestion.Extraction;

namespace Graph.Benchmarks.Extraction;

/// <summary>
/// Extraction throughput, one thread: every paper of a corpus through <see cref="MentionExtractor.Extract"/>, with
/// the trie (production) and with the naive matcher (one regex per term). MB/s counts title and abstract bytes.
/// </summary>
[MemoryDiagnoser]
public class ExtractionBenchmarks : IThroughputBenchmark
{
    private BenchCorpus _corpus = null!;
    private MentionExtractor _trie = null!;
    private MentionExtractor _naive = null!;

    [Params(BenchCorpus.Bundled, BenchCorpus.Synthetic)]
    public string Corpus { get; set; } = BenchCorpus.Bundled;

    [GlobalSetup]
    public void Setup()
    {
        _corpus = BenchCorpus.Get(Corpus);
        _trie = new MentionExtractor(BenchCorpus.Vocabulary);
        _naive = NaiveExtractor.Create(BenchCorpus.Vocabulary);
    }

    [Benchmark(Description = "trie (MentionExtractor)")]
    public int Trie() => ExtractAll(_trie);

    [Benchmark(Baseline = true, Description = "naive: one regex per term")]
    public int RegexPerTerm() => ExtractAll(_naive);

    public long BytesPerOperation(BenchmarkCase benchmarkCase)
    {
        ArgumentNullException.ThrowIfNull(benchmarkCase);
        return BenchCorpus.Get((string)benchmarkCase.Parameters[nameof(Corpus)]).TextBytes;
    }

    private int ExtractAll(MentionExtractor extractor)
    {
        var links = 0;
        foreach (var paper in _corpus.Papers)
        {
            links += extractor.Extract(paper.Id, paper.Title, paper.Abstract).Mentions.Count;
        }

        return links;
    }
}
