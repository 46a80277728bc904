using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Running;
using Graph.Benchmarks.Infrastructure;
using Graph.Ingestion.Listings;

namespace Graph.Benchmarks.Listings;

/// <summary>
/// Listing parser throughput: the bytes of a listing file to validated papers, as <c>graph ingest</c> reads them
/// (<see cref="ListingReader.Parse(ReadOnlySpan{byte}, string, ListingOptions)"/>: UTF-8 check, format detection,
/// parsing, duplicate check). MB/s counts the file's bytes.
/// </summary>
[MemoryDiagnoser]
public class ParserBenchmarks : IThroughputBenchmark
{
    private readonly ListingReader _reader = new();
    private BenchCorpus _corpus = null!;

    [Params(BenchCorpus.Bundled, BenchCorpus.Synthetic)]
    public string Corpus { get; set; } = BenchCorpus.Bundled;

    [GlobalSetup]
    public void Setup() => _corpus = BenchCorpus.Get(Corpus);

    [Benchmark(Description = "ListingReader.Parse")]
    public int Parse() => _reader.Parse(_corpus.Bytes, _corpus.Name, _corpus.Options).Papers.Count;

    public long BytesPerOperation(BenchmarkCase benchmarkCase)
    {
        ArgumentNullException.ThrowIfNull(benchmarkCase);
        return BenchCorpus.Get((string)benchmarkCase.Parameters[nameof(Corpus)]).Bytes.LongLength;
    }
}
