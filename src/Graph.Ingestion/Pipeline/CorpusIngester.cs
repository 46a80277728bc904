using System.Diagnostics;
using System.Threading.Channels;
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
/// <remarks>
/// Graph NDJSON files are streamed twice rather than held in memory: a first pass parses and checks every line,
/// keeping only each paper's id and a digest of its content (for the duplicate rules); the second pass parses
/// again, extracts each chunk in parallel and hands it to the store while the next chunk is being extracted.
/// Memory therefore grows with the number of distinct papers (an id and a digest each), not with the text. A file
/// that changes between the passes fails the ingestion when the second pass notices, possibly after some chunks
/// were written; ingesting again then gives the graph the file now describes.
/// Other formats are small by nature (a page, an API response) and are read whole. A store that can defer index
/// upkeep during a large load (<see cref="IBulkLoadTarget"/>) is told the load's size first; should the load fail,
/// the store completes it when next initialized.
/// </remarks>
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
        var sources = new List<IngestSource>(paths.Count);
        var ledger = new IngestLedger();
        var notes = new List<string>();
        for (var i = 0; i < paths.Count; i++)
        {
            progress?.Report(new IngestProgress(IngestStage.Reading, i, paths.Count));
            var source = GraphNdjsonFile.IsNdjson(paths[i])
                ? IngestSource.FromNdjsonFile(paths[i])
                : IngestSource.FromListing(await reader.ReadFileAsync(paths[i], options, cancellationToken));
            notes.AddRange(Validate(source, ledger, cancellationToken));
            sources.Add(source);
        }

        ledger.ThrowIfConflicting();
        progress?.Report(new IngestProgress(IngestStage.Reading, paths.Count, paths.Count));
        var report = await LoadAsync(sources, ledger, notes, progress, cancellationToken);
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
        var sources = listings.Select(IngestSource.FromListing).ToList();
        var ledger = new IngestLedger();
        var notes = new List<string>();
        foreach (var source in sources)
        {
            notes.AddRange(Validate(source, ledger, cancellationToken));
        }

        ledger.ThrowIfConflicting();
        var report = await LoadAsync(sources, ledger, notes, progress, cancellationToken);
        return report with { Elapsed = clock.Elapsed };
    }

    /// <summary>The first pass over one input: every entry checked and recorded; returns the input's notes.</summary>
    private static List<string> Validate(IngestSource source, IngestLedger ledger, CancellationToken cancellationToken)
    {
        ledger.BeginFile(source.Name);
        foreach (var batch in source.ReadBatches(cancellationToken))
        {
            foreach (var paper in batch)
            {
                ledger.Add(paper, fileRules: source.IsStreamed);
            }
        }

        var note = ledger.EndFile();
        var notes = source.ReaderNotes.Select(n => $"{source.Name}: {n}").ToList();
        if (note is not null)
        {
            notes.Add($"{source.Name}: {note}");
        }

        return notes;
    }

    /// <summary>The second pass: extraction in parallel, chunk by chunk, overlapped with the store's writes.</summary>
    private async Task<IngestReport> LoadAsync(
        List<IngestSource> sources,
        IngestLedger ledger,
        IReadOnlyList<string> notes,
        IProgress<IngestProgress>? progress,
        CancellationToken cancellationToken)
    {
        var total = ledger.Papers;
        var bulk = store is IBulkLoadTarget target ? await target.BeginBulkLoadAsync(total, cancellationToken) : null;
        var chunks = Channel.CreateBounded<PaperGraph[]>(new BoundedChannelOptions(1) { SingleReader = true, SingleWriter = true });
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var negated = 0;
        var producer = Task.Run(
            async () =>
            {
                try
                {
                    var extracted = 0;
                    foreach (var chunk in Chunks(sources, ledger, stop.Token))
                    {
                        var graphs = Extract(chunk, ref negated, stop.Token);
                        extracted += graphs.Length;
                        progress?.Report(new IngestProgress(IngestStage.Extracting, extracted, total));
                        await chunks.Writer.WriteAsync(graphs, stop.Token);
                    }

                    chunks.Writer.Complete();
                }
                catch (Exception e)
                {
                    chunks.Writer.Complete(e);
                    throw;
                }
            },
            stop.Token);

        var links = Enum.GetValues<EntityKind>().ToDictionary(k => k, _ => 0);
        var candidates = 0;
        var written = 0;
        try
        {
            await foreach (var chunk in chunks.Reader.ReadAllAsync(stop.Token))
            {
                var before = written;
                var chunkProgress = progress is null
                    ? null
                    : new SynchronousProgress(n => progress.Report(new IngestProgress(IngestStage.Writing, before + n, total)));
                var entities = written == 0 ? extractor.Vocabulary.Entities : [];
                var summary = await store.WriteAsync(new GraphBatch(entities, chunk), chunkProgress, stop.Token);
                foreach (var (kind, count) in summary.LinksByKind)
                {
                    links[kind] += count;
                }

                candidates += summary.Candidates;
                written += chunk.Length;
                progress?.Report(new IngestProgress(IngestStage.Writing, written, total));
            }

            if (written == 0)
            {
                // Nothing to link: the vocabulary is still written, as for any ingestion.
                await store.WriteAsync(new GraphBatch(extractor.Vocabulary.Entities, []), null, stop.Token);
            }
        }
        catch
        {
            await stop.CancelAsync();
            await Task.WhenAny(producer);
            throw;
        }

        await producer;
        if (bulk is not null)
        {
            await bulk.CompleteAsync(cancellationToken);
        }

        return new IngestReport(sources.Count, written, links, candidates, negated, TimeSpan.Zero, notes);
    }

    /// <summary>The entries the ledger keeps, in order, in chunks of <see cref="ChunkSize"/>.</summary>
    private static IEnumerable<List<ListingPaper>> Chunks(
        List<IngestSource> sources, IngestLedger ledger, CancellationToken cancellationToken)
    {
        var chunk = new List<ListingPaper>(ChunkSize);
        for (var file = 0; file < sources.Count; file++)
        {
            var ordinal = 0;
            var kept = 0;
            foreach (var batch in sources[file].ReadBatches(cancellationToken))
            {
                foreach (var paper in batch)
                {
                    if (ledger.Keeps(file, ordinal++, paper))
                    {
                        chunk.Add(paper);
                        kept++;
                    }

                    if (chunk.Count == ChunkSize)
                    {
                        yield return chunk;
                        chunk = new List<ListingPaper>(ChunkSize);
                    }
                }
            }

            ledger.ThrowIfShort(file, kept);
        }

        if (chunk.Count > 0)
        {
            yield return chunk;
        }
    }

    private PaperGraph[] Extract(List<ListingPaper> papers, ref int negated, CancellationToken cancellationToken)
    {
        var graphs = new PaperGraph[papers.Count];
        var skipped = 0;
        Parallel.For(0, papers.Count, new ParallelOptions { CancellationToken = cancellationToken }, i =>
        {
            var paper = papers[i].ToPaper();
            var result = extractor.Extract(paper.Id, paper.Title, paper.Abstract);
            graphs[i] = new PaperGraph(paper, result.Mentions, result.Candidates);
            Interlocked.Add(ref skipped, result.Negated.Count);
        });
        negated += skipped;
        return graphs;
    }

    /// <summary>Reports on the writing thread, in order (<see cref="Progress{T}"/> would post to the thread pool).</summary>
    private sealed class SynchronousProgress(Action<int> report) : IProgress<int>
    {
        public void Report(int value) => report(value);
    }
}
