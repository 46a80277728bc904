using System.Text;
using Graph.Core.Storage;
using Graph.Ingestion.Extraction;
using Graph.Ingestion.Listings;
using Graph.Ingestion.Pipeline;
using Graph.Ingestion.Synthesis;
using Graph.Ingestion.Vocabulary;

namespace Graph.Ingestion.Tests.Pipeline;

/// <summary>
/// <c>graph ingest</c> streams Graph NDJSON files (two passes, chunked writes) and reads other formats whole: both
/// paths must hand the store the same papers and links, write nothing for bad input, and surface the real error
/// when the second pass or the store fails.
/// </summary>
public sealed class CorpusIngesterTests : IDisposable
{
    private static readonly TermVocabulary Vocabulary = VocabularyLoader.LoadBundled();
    private static readonly MentionExtractor Extractor = new(Vocabulary);

    private readonly string _directory = Directory.CreateTempSubdirectory("graph-ingester-").FullName;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task IngestFilesAsync_NdjsonFileOfSeveralChunks_WritesWhatIngestingItWholeWrites()
    {
        var lines = (await SynthesizeAsync(CorpusIngester.ChunkSize + 700)).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var text = string.Join('\n', lines) + "\n" + string.Join('\n', lines[..3]) + "\n";
        var path = Write("corpus.ndjson", text);
        var (whole, wholeRecorder) = RecordingGraphStore.Create();
        var (streamed, streamedRecorder) = RecordingGraphStore.Create();

        var expected = await new CorpusIngester(new ListingReader(), Extractor, whole)
            .IngestAsync([new ListingReader().Parse(Encoding.UTF8.GetBytes(text), path, new ListingOptions())], cancellationToken: Ct);
        var actual = await new CorpusIngester(new ListingReader(), Extractor, streamed)
            .IngestFilesAsync([path], new ListingOptions(), cancellationToken: Ct);

        Assert.Equal(lines.Length, actual.Papers);
        Assert.True(streamedRecorder.Batches.Count >= 2, $"{streamedRecorder.Batches.Count} writes");
        Assert.Equal(Describe(wholeRecorder), Describe(streamedRecorder));
        Assert.Equal(expected.LinksByKind, actual.LinksByKind);
        Assert.Equal((expected.Papers, expected.Candidates, expected.NegatedMentions), (actual.Papers, actual.Candidates, actual.NegatedMentions));
        Assert.Equal([$"{path}: 3 entries listed a paper a second time, identically; each was kept once."], actual.Notes);
        Assert.Equal(expected.Notes, actual.Notes);
    }

    [Fact]
    public async Task IngestFilesAsync_BadLineInTheLastFile_WritesNothing()
    {
        var good = Write("good.ndjson", await SynthesizeAsync(50));
        var bad = Write("bad.ndjson", "{\"title\":\"One\"}\n{\"title\":\"Two\",\"abs\n");
        var (store, recorder) = RecordingGraphStore.Create();

        var error = await Assert.ThrowsAsync<ListingFormatException>(() =>
            new CorpusIngester(new ListingReader(), Extractor, store).IngestFilesAsync([good, bad], new ListingOptions(), cancellationToken: Ct));

        Assert.Equal($"{bad}:2: not a complete JSON object (truncated or malformed line).", error.Message);
        Assert.Empty(recorder.Batches);
    }

    [Theory]
    [InlineData("rewritten", ":1: ")]
    [InlineData("cut to its first 10 lines", ": ")]
    public async Task IngestFilesAsync_FileChangedAfterValidation_FailsNamingTheFile(string change, string location)
    {
        var text = await SynthesizeAsync(20);
        var path = Write("changing.ndjson", text);
        var (store, _) = RecordingGraphStore.Create();

        // Validation is over when the reading stage reports every file done; the second pass reads the file again.
        var progress = new InlineProgress(p =>
        {
            if (p is { Stage: IngestStage.Reading } && p.Done == p.Total)
            {
                File.WriteAllText(path, change == "rewritten" ? "{\"title\":\"Something else entirely\"}\n" : string.Join('\n', text.Split('\n')[..10]) + "\n");
            }
        });
        var error = await Assert.ThrowsAsync<ListingFormatException>(() =>
            new CorpusIngester(new ListingReader(), Extractor, store).IngestFilesAsync([path], new ListingOptions(), progress, Ct));

        Assert.Equal($"{path}{location}the file changed while it was being ingested; ingest it again.", error.Message);
    }

    [Fact]
    public async Task IngestFilesAsync_StoreFails_ThrowsTheStoresError()
    {
        var path = Write("corpus.ndjson", await SynthesizeAsync(CorpusIngester.ChunkSize + 10));
        var (store, recorder) = RecordingGraphStore.Create();
        recorder.FailOnWrite = 2;

        var error = await Assert.ThrowsAsync<GraphStoreException>(() =>
            new CorpusIngester(new ListingReader(), Extractor, store).IngestFilesAsync([path], new ListingOptions(), cancellationToken: Ct));

        Assert.IsType<IOException>(error.InnerException);
        Assert.Single(recorder.Batches);
    }

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    private static async Task<string> SynthesizeAsync(int papers)
    {
        using var output = new MemoryStream();
        await new SyntheticCorpusGenerator(Vocabulary).WriteAsync(new SyntheticCorpusOptions(papers, Seed: 11), output, cancellationToken: Ct);
        return Encoding.UTF8.GetString(output.ToArray());
    }

    /// <summary>Every paper written, in order, with its links and candidates; the vocabulary goes with the first write.</summary>
    private static List<string> Describe(RecordingGraphStore recorder) =>
    [
        $"entities: {recorder.Batches.First().Entities.Count}, then {recorder.Batches.Skip(1).Sum(b => b.Entities.Count)}",
        .. recorder.Papers.Select(p =>
            $"{p.Paper.Id}|{p.Paper.Title}|{string.Join(',', p.Mentions.Select(m => $"{m.EntityId}@{string.Join(';', m.Evidence.Select(e => e.Start))}"))}" +
            $"|{string.Join(',', p.Candidates.Select(c => c.Name))}"),
    ];

    private string Write(string name, string text)
    {
        var path = Path.Combine(_directory, name);
        File.WriteAllText(path, text);
        return path;
    }

    /// <summary>Reports on the caller's thread (<see cref="Progress{T}"/> would post to the thread pool).</summary>
    private sealed class InlineProgress(Action<IngestProgress> report) : IProgress<IngestProgress>
    {
        public void Report(IngestProgress value) => report(value);
    }
}
