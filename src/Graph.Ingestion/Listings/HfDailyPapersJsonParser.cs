using System.Text;
using System.Text.Json;

namespace Graph.Ingestion.Listings;

/// <summary>
/// Reads the JSON of Hugging Face's daily-papers API: an array of entries, each with a <c>paper</c> object
/// (<c>id</c> = arXiv id, <c>title</c>, <c>summary</c>, <c>authors[].name</c>, <c>publishedAt</c>,
/// <c>upvotes</c>). Bare paper objects (the <c>/api/papers</c> shape) are read too.
/// </summary>
public sealed class HfDailyPapersJsonParser : IListingParser
{
    private static readonly JsonReaderOptions ReaderOptions = new() { CommentHandling = JsonCommentHandling.Skip };

    /// <inheritdoc />
    public ListingFormat Format => ListingFormat.HfDailyPapersJson;

    /// <inheritdoc />
    public Listing Parse(string text, string source, ListingOptions options)
    {
        var bytes = Encoding.UTF8.GetBytes(text);
        var reader = new Utf8JsonReader(bytes, ReaderOptions);
        var papers = new List<ListingPaper>();
        var lines = new LineCounter(bytes);
        try
        {
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartArray)
            {
                throw new ListingFormatException(source, 1, "expected a JSON array of daily-papers entries.");
            }

            while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
            {
                var line = lines.LineAt(reader.TokenStartIndex);
                using var entry = JsonDocument.ParseValue(ref reader);
                papers.Add(ReadEntry(new JsonFields(entry.RootElement, source, line)));
            }

            if (reader.TokenType != JsonTokenType.EndArray)
            {
                throw new ListingFormatException(source, lines.LineAt(bytes.Length), "the JSON array is not closed (truncated file).");
            }
        }
        catch (JsonException e)
        {
            var line = (int)(e.LineNumber ?? 0) + 1;
            throw new ListingFormatException(source, line, "invalid JSON (truncated or malformed): " + FirstSentence(e.Message));
        }

        if (papers.Count == 0)
        {
            throw new ListingFormatException(source, 0, "the JSON array holds no papers.");
        }

        return new Listing(source, Format, papers, []);
    }

    private static ListingPaper ReadEntry(JsonFields entry)
    {
        if (entry.Element.ValueKind != JsonValueKind.Object)
        {
            throw entry.Error("each entry must be a JSON object.");
        }

        var paper = entry.Object("paper") ?? entry;
        var authors = paper.Strings("authors", objectKey: "name");
        var organization = (paper.Object("organization") ?? entry.Object("organization"))?.String("fullname");
        return new ListingPaper(
            Title: Collapse(paper.RequiredString("title")),
            Abstract: Collapse(paper.String("summary") ?? string.Empty),
            PublishedOn: paper.Date("publishedAt") ?? entry.Date("publishedAt"),
            AuthorCount: authors.Count > 0 ? authors.Count : null,
            Upvotes: paper.Int("upvotes"),
            ArxivId: paper.String("id"),
            Organization: organization,
            Authors: authors,
            Line: entry.Line);
    }

    /// <summary>The API wraps long titles and abstracts with newlines; the graph stores them on one line.</summary>
    private static string Collapse(string text) =>
        string.Join(' ', text.Split((char[])[' ', '\n', '\r', '\t'], StringSplitOptions.RemoveEmptyEntries));

    /// <summary>Maps increasing byte offsets to line numbers in one pass over the file.</summary>
    private sealed class LineCounter(byte[] bytes)
    {
        private int _offset;
        private int _line = 1;

        public int LineAt(long offset)
        {
            for (; _offset < offset && _offset < bytes.Length; _offset++)
            {
                if (bytes[_offset] == (byte)'\n')
                {
                    _line++;
                }
            }

            return _line;
        }
    }

    private static string FirstSentence(string message)
    {
        var end = message.IndexOf(". ", StringComparison.Ordinal);
        return end < 0 ? message : message[..(end + 1)];
    }
}
