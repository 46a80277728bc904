using System.Text.Json;

namespace Graph.Ingestion.Listings;

/// <summary>
/// Reads Graph's own bulk format (docs/ndjson-format.md): one JSON object per line with <c>title</c> (required),
/// <c>abstract</c>, <c>arxivId</c>, <c>publishedOn</c>, <c>authors</c>, <c>authorCount</c>, <c>upvotes</c> and
/// <c>organization</c>. Unknown properties are refused so that a misspelt field never drops data silently.
/// </summary>
public sealed class GraphNdjsonParser : IListingParser
{
    /// <summary>The properties a line may have.</summary>
    public static readonly IReadOnlySet<string> Properties = new HashSet<string>(StringComparer.Ordinal)
    {
        "title", "abstract", "arxivId", "publishedOn", "authors", "authorCount", "upvotes", "organization",
    };

    /// <inheritdoc />
    public ListingFormat Format => ListingFormat.GraphNdjson;

    /// <inheritdoc />
    public Listing Parse(string text, string source, ListingOptions options)
    {
        var papers = new List<ListingPaper>();
        var number = 0;
        foreach (var raw in text.Split('\n'))
        {
            number++;
            var line = raw.Trim();
            if (line.Length > 0)
            {
                papers.Add(ReadLine(line, source, number));
            }
        }

        if (papers.Count == 0)
        {
            throw new ListingFormatException(source, 0, "the file holds no papers.");
        }

        return new Listing(source, Format, papers, []);
    }

    /// <summary>Reads one non-blank, trimmed line; <paramref name="number"/> is its line number in the file.</summary>
    internal static ListingPaper ReadLine(string line, string source, int number)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(line);
        }
        catch (JsonException)
        {
            throw new ListingFormatException(source, number, "not a complete JSON object (truncated or malformed line).");
        }

        using (document)
        {
            var fields = new JsonFields(document.RootElement, source, number);
            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                throw fields.Error("each line must be a JSON object.");
            }

            foreach (var property in document.RootElement.EnumerateObject())
            {
                if (!Properties.Contains(property.Name))
                {
                    throw fields.Error(
                        $"unknown property '{property.Name}'; expected one of {string.Join(", ", Properties)}.");
                }
            }

            var authors = fields.Strings("authors");
            return new ListingPaper(
                Title: fields.RequiredString("title"),
                Abstract: fields.String("abstract")?.Trim() ?? string.Empty,
                PublishedOn: fields.Date("publishedOn"),
                AuthorCount: fields.Int("authorCount") ?? (authors.Count > 0 ? authors.Count : null),
                Upvotes: fields.Int("upvotes"),
                ArxivId: fields.String("arxivId")?.Trim(),
                Organization: fields.String("organization")?.Trim(),
                Authors: authors,
                Line: number);
        }
    }
}
