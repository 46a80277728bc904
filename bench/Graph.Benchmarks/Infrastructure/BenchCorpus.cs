using System.Text;
using Graph.Ingestion.Listings;
using Graph.Ingestion.Pipeline;
using Graph.Ingestion.Synthesis;
using Graph.Ingestion.Vocabulary;

namespace Graph.Benchmarks.Infrastructure;

/// <summary>
/// The corpora the micro benchmarks read: the bundled Daily Papers page, and a synthetic NDJSON sample made by
/// <c>graph synth</c>'s generator (fixed seed, so every run reads the same bytes).
/// </summary>
public sealed class BenchCorpus
{
    public const string Bundled = "bundled";
    public const string Synthetic = "synthetic";

    /// <summary>Papers in the synthetic sample.</summary>
    public const int SyntheticPapers = 2_000;

    /// <summary>The seed of the synthetic sample.</summary>
    public const int SyntheticSeed = 42;

    private static readonly Lock Gate = new();
    private static readonly Dictionary<string, BenchCorpus> Cache = [];

    private BenchCorpus(string name, byte[] bytes, ListingOptions options)
    {
        Name = name;
        Bytes = bytes;
        Options = options;
        Papers = new ListingReader().Parse(bytes, name, options).Papers;
        TextBytes = Papers.Sum(p => (long)Encoding.UTF8.GetByteCount(p.Title) + Encoding.UTF8.GetByteCount(p.Abstract));
    }

    public string Name { get; }

    /// <summary>The listing file's bytes.</summary>
    public byte[] Bytes { get; }

    public ListingOptions Options { get; }

    public IReadOnlyList<ListingPaper> Papers { get; }

    /// <summary>UTF-8 bytes of every title and abstract: the text extraction scans.</summary>
    public long TextBytes { get; }

    public static TermVocabulary Vocabulary { get; } = VocabularyLoader.LoadBundled();

    public static BenchCorpus Get(string name)
    {
        lock (Gate)
        {
            if (!Cache.TryGetValue(name, out var corpus))
            {
                corpus = name switch
                {
                    Bundled => new BenchCorpus(name, ReadBundled(), new ListingOptions(BundledCorpus.PageYear)),
                    Synthetic => new BenchCorpus(name, Synthesize(SyntheticPapers, SyntheticSeed), new ListingOptions()),
                    _ => throw new ArgumentOutOfRangeException(nameof(name), name, "Unknown corpus."),
                };
                Cache[name] = corpus;
            }

            return corpus;
        }
    }

    /// <summary>A synthetic NDJSON corpus, as <c>graph synth --papers N --seed S</c> writes it.</summary>
    public static byte[] Synthesize(int papers, int seed)
    {
        using var output = new MemoryStream();
        new SyntheticCorpusGenerator(Vocabulary)
            .WriteAsync(new SyntheticCorpusOptions(papers, seed), output)
            .GetAwaiter().GetResult();
        return output.ToArray();
    }

    private static byte[] ReadBundled()
    {
        using var stream = typeof(BundledCorpus).Assembly.GetManifestResourceStream("corpus/" + BundledCorpus.FileName)
            ?? throw new InvalidOperationException("The bundled corpus is missing from Graph.Ingestion.");
        using var memory = new MemoryStream();
        stream.CopyTo(memory);
        return memory.ToArray();
    }
}
