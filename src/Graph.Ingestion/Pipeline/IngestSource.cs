using Graph.Ingestion.Listings;

namespace Graph.Ingestion.Pipeline;

/// <summary>
/// One input of an ingestion, read once to validate it and again to load it: a listing held in memory, or a
/// Graph NDJSON file streamed from disk each time so that its size never has to fit in memory.
/// </summary>
internal abstract class IngestSource
{
    /// <summary>Papers per batch a streamed file is read in.</summary>
    public const int BatchSize = 1_000;

    private IngestSource(string name) => Name = name;

    /// <summary>The name errors and notes give the input.</summary>
    public string Name { get; }

    /// <summary>True when the reader does not dedupe the file's own entries, so the ingestion must.</summary>
    public abstract bool IsStreamed { get; }

    /// <summary>Notes the reader made (a file read whole, or an in-memory listing).</summary>
    public abstract IReadOnlyList<string> ReaderNotes { get; }

    public static IngestSource FromListing(Listing listing) => new InMemory(listing);

    public static IngestSource FromNdjsonFile(string path) => new NdjsonFile(path);

    /// <summary>The entries in order, in batches.</summary>
    /// <exception cref="ListingFormatException">The input is not valid.</exception>
    public abstract IEnumerable<IReadOnlyList<ListingPaper>> ReadBatches(CancellationToken cancellationToken);

    private sealed class InMemory(Listing listing) : IngestSource(listing.Source)
    {
        public override bool IsStreamed => false;

        public override IReadOnlyList<string> ReaderNotes => listing.Notes;

        public override IEnumerable<IReadOnlyList<ListingPaper>> ReadBatches(CancellationToken cancellationToken) =>
            listing.Papers.Chunk(BatchSize);
    }

    private sealed class NdjsonFile(string path) : IngestSource(path)
    {
        public override bool IsStreamed => true;

        public override IReadOnlyList<string> ReaderNotes => [];

        public override IEnumerable<IReadOnlyList<ListingPaper>> ReadBatches(CancellationToken cancellationToken) =>
            GraphNdjsonFile.ReadBatches(Name, Name, BatchSize, cancellationToken);
    }
}
