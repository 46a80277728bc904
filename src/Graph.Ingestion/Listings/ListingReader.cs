using System.Text;

namespace Graph.Ingestion.Listings;

/// <summary>
/// Reads a listing file of any supported format: refuses empty, binary and non-UTF-8 files, picks the parser
/// from the content, and refuses listings that contradict themselves (one paper listed twice, differently).
/// </summary>
public sealed class ListingReader(TimeProvider clock)
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private readonly HfDailyPapersTextParser _text = new(clock);
    private readonly HfDailyPapersJsonParser _json = new();
    private readonly GraphNdjsonParser _ndjson = new();

    /// <summary>Creates a reader that infers page years from the system clock.</summary>
    public ListingReader()
        : this(TimeProvider.System)
    {
    }

    /// <summary>Reads and parses a file.</summary>
    /// <exception cref="ListingFormatException">The file is empty, binary, of an unknown format, or invalid.</exception>
    public async Task<Listing> ReadFileAsync(string path, ListingOptions options, CancellationToken cancellationToken = default)
    {
        if (!File.Exists(path))
        {
            throw new ListingFormatException(path, 0, "no such file.");
        }

        var bytes = await File.ReadAllBytesAsync(path, cancellationToken);
        return Parse(bytes, path, options);
    }

    /// <summary>Parses a listing held in memory; <paramref name="source"/> names it in errors.</summary>
    public Listing Parse(ReadOnlySpan<byte> bytes, string source, ListingOptions options)
    {
        if (bytes.IndexOf((byte)0) >= 0)
        {
            throw new ListingFormatException(source, 0, "this is a binary file, not a listing.");
        }

        string text;
        try
        {
            text = StrictUtf8.GetString(bytes.StartsWith("\uFEFF"u8) ? bytes[3..] : bytes);
        }
        catch (DecoderFallbackException)
        {
            throw new ListingFormatException(source, 0, "the file is not UTF-8 text (binary or another encoding).");
        }

        return Parse(text, source, options);
    }

    /// <summary>Parses listing text; <paramref name="source"/> names it in errors.</summary>
    public Listing Parse(string text, string source, ListingOptions options)
    {
        var normalized = text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n');
        if (string.IsNullOrWhiteSpace(normalized))
        {
            throw new ListingFormatException(source, 0, "the file is empty.");
        }

        var listing = Detect(normalized, source).Parse(normalized, source, options);
        return RejectConflictingDuplicates(listing);
    }

    private IListingParser Detect(string text, string source)
    {
        var first = text.TrimStart()[0];
        if (first == '[')
        {
            return _json;
        }

        if (first == '{')
        {
            return _ndjson;
        }

        if (HfDailyPapersTextParser.LooksLikeDailyPapers(text.Split('\n')))
        {
            return _text;
        }

        throw new ListingFormatException(
            source, 0,
            "unknown format: expected a Hugging Face Daily Papers page (text), the daily-papers API's JSON array, or Graph NDJSON (one JSON object per line).");
    }

    /// <summary>A paper listed twice with the same content is kept once; listed twice differently, it is an error.</summary>
    private static Listing RejectConflictingDuplicates(Listing listing)
    {
        var seen = new Dictionary<string, ListingPaper>(StringComparer.Ordinal);
        var unique = new List<ListingPaper>(listing.Papers.Count);
        var duplicates = 0;
        foreach (var paper in listing.Papers)
        {
            if (!seen.TryGetValue(paper.Id, out var earlier))
            {
                seen.Add(paper.Id, paper);
                unique.Add(paper);
            }
            else if (earlier.HasSameContent(paper))
            {
                duplicates++;
            }
            else
            {
                throw new ListingFormatException(
                    listing.Source, paper.Line,
                    $"this entry is the same paper as line {earlier.Line} (same id '{paper.Id}') but differs from it; keep one of them.");
            }
        }

        return duplicates == 0
            ? listing
            : listing with
            {
                Papers = unique,
                Notes = [.. listing.Notes, $"{duplicates} entries listed a paper a second time, identically; each was kept once."],
            };
    }
}
