using System.Diagnostics;
using Graph.Core.Domain;
using Graph.Core.Storage;
using Graph.Ingestion.Extraction;
using Graph.Ingestion.Listings;

namespace Graph.Ingestion.Pipeline;

/// <summary>
/// Reads listings, links their papers to the vocabulary and writes the result. Every file is read and validated
/// before anything is written, so bad input writes nothing; writes go in chunks, each atomic, and re-running an
/// ingestion gives the same graph.
/// </summary>
public sealed class CorpusIngester(ListingReader reader, MentionExtractor extractor, IGraphStore store)
{
    /// <summary>Papers per store write: large enough to amortize a transaction, small enough to bound memory.</summary>
    public const int ChunkSize = 5_000;

    /// <summary>Ingests files in order; a paper listed in several files must be listed identically.</summary>
    /// <exception cref="ListingFormatException">A file is invalid; nothing was written.</exception>
    public async Task<IngestReport> IngestFilesAsync(
        IReadOnlyList<string> paths,
        ListingOptions options,
        IProgress<IngestProgress>? progress = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(paths);
        var clock = Stopwatch.StartNew();
        var listings = new List<Listing>(paths.Count);
        for (var i = 0; i < paths.Count; i++)
        {
            progress?.Report(new IngestProgress(IngestStage.Reading, i, paths.Count));
            listings.Add(await reader.ReadFileAsync(paths[i], options, cancellationToken));
        }

        progress?.Report(new IngestProgress(IngestStage.Reading, paths.Count, paths.Count));
        var report = await IngestAsync(listings, progress, cancellationToken);
        return report with { Elapsed = clock.Elapsed };
    }

    /// <summary>Ingests listings already read.</summary>
    public async Task<IngestReport> IngestAsync(
        IReadOnlyList<Listing> listings,
        IProgress<IngestProgress>? progress = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(listings);
        var clock = Stopwatch.StartNew();
        var papers = MergeListings(listings);
        var graphs = new PaperGraph[papers.Count];
        var negated = 0;
        var extracted = 0;
        Parallel.For(0, papers.Count, new ParallelOptions { CancellationToken = cancellationToken }, i =>
        {
            var paper = papers[i].ToPaper();
            var result = extractor.Extract(paper.Id, paper.Title, paper.Abstract);
            graphs[i] = new PaperGraph(paper, result.Mentions, result.Candidates);
            Interlocked.Add(ref negated, result.Negated.Count);
            var done = Interlocked.Increment(ref extracted);
            if (done % 1_000 == 0)
            {
                progress?.Report(new IngestProgress(IngestStage.Extracting, done, papers.Count));
            }
        });
        progress?.Report(new IngestProgress(IngestStage.Extracting, papers.Count, papers.Count));

        var links = Enum.GetValues<EntityKind>().ToDictionary(k => k, _ => 0);
        var candidates = 0;
        var entities = extractor.Vocabulary.Entities;
        for (var offset = 0; offset == 0 || offset < graphs.Length; offset += ChunkSize)
        {
            var chunk = graphs.AsSpan(offset, Math.Min(ChunkSize, graphs.Length - offset)).ToArray();
            var written = offset;
            var chunkProgress = progress is null
                ? null
                : new Progress<int>(n => progress.Report(new IngestProgress(IngestStage.Writing, written + n, graphs.Length)));
            var summary = await store.WriteAsync(new GraphBatch(offset == 0 ? entities : [], chunk), chunkProgress, cancellationToken);
            foreach (var (kind, count) in summary.LinksByKind)
            {
                links[kind] += count;
            }

            candidates += summary.Candidates;
            progress?.Report(new IngestProgress(IngestStage.Writing, offset + chunk.Length, graphs.Length));
        }

        return new IngestReport(
            listings.Count, graphs.Length, links, candidates, negated, clock.Elapsed,
            listings.SelectMany(l => l.Notes.Select(n => $"{l.Source}: {n}")).ToList());
    }

    /// <summary>One list of distinct papers; a paper repeated across files must be repeated identically.</summary>
    private static List<ListingPaper> MergeListings(IReadOnlyList<Listing> listings)
    {
        var byId = new Dictionary<string, (ListingPaper Paper, string Source)>(StringComparer.Ordinal);
        var papers = new List<ListingPaper>();
        foreach (var listing in listings)
        {
            foreach (var paper in listing.Papers)
            {
                if (!byId.TryGetValue(paper.Id, out var earlier))
                {
                    byId.Add(paper.Id, (paper, listing.Source));
                    papers.Add(paper);
                }
                else if (!earlier.Paper.HasSameContent(paper))
                {
                    throw new ListingFormatException(
                        listing.Source, paper.Line,
                        $"this paper ('{paper.Id}') is also listed, differently, in {earlier.Source} line {earlier.Paper.Line}.");
                }
            }
        }

        return papers;
    }
}
