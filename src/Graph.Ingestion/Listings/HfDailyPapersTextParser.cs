using System.Globalization;
using System.Text.RegularExpressions;

namespace Graph.Ingestion.Listings;

/// <summary>
/// Reads the text of a Hugging Face Daily Papers page. Each entry is a title line, an abstract line and an
/// optional metadata block: an author line (<c>• 8 authors</c>) or an organization line, a <c>·</c> line,
/// and a date line (see <see cref="ListingDate"/>). Blank lines carry no meaning.
/// </summary>
/// <remarks>
/// Dates without a year belong to the page's year. Unless the caller sets it, the page year is inferred: the
/// page omits the year only for the current year, so it is one more than the latest year it shows (capped at
/// the current year), or the current year when it shows none.
/// </remarks>
public sealed partial class HfDailyPapersTextParser(TimeProvider clock) : IListingParser
{
    private const string Separator = "·";

    private static readonly HashSet<string> PageChrome = new(StringComparer.OrdinalIgnoreCase)
    {
        "new", "Get trending papers in your email inbox!", "Subscribe", "Daily Papers",
        "byAK and the research community",
    };

    [GeneratedRegex(@"^(?:[•·]\s*)?(?<count>\d{1,5})\s+authors?$", RegexOptions.CultureInvariant)]
    private static partial Regex AuthorLine();

    /// <summary>Creates a parser that infers page years from the system clock.</summary>
    public HfDailyPapersTextParser()
        : this(TimeProvider.System)
    {
    }

    /// <inheritdoc />
    public ListingFormat Format => ListingFormat.HfDailyPapersText;

    /// <summary>True when the text has the page's markers: its header, an author line or a <c>·</c> line.</summary>
    public static bool LooksLikeDailyPapers(IEnumerable<string> lines) =>
        lines.Select(l => l.Trim()).Any(l =>
            l == Separator || AuthorLine().IsMatch(l) || l.Equals("Daily Papers", StringComparison.OrdinalIgnoreCase));

    /// <inheritdoc />
    public Listing Parse(string text, string source, ListingOptions options)
    {
        var lines = NonBlankLines(text);
        var start = SkipPageChrome(lines);
        var entries = ReadEntries(lines, start, source);
        if (entries.Count == 0)
        {
            throw new ListingFormatException(source, 0, "the Daily Papers page lists no papers.");
        }

        var (pageYear, note) = PageYear(entries, options);
        var papers = new List<ListingPaper>(entries.Count);
        foreach (var entry in entries)
        {
            DateOnly? published = null;
            if (entry.Date is { } date)
            {
                published = date.Value.ToDate(pageYear) ?? throw new ListingFormatException(
                    source, date.Line, $"'{lines[date.Index].Text}' is not a calendar date.");
            }

            papers.Add(new ListingPaper(
                entry.Title, entry.Abstract, published, entry.AuthorCount, entry.Date?.Value.Upvotes,
                ArxivId: null, entry.Organization, Authors: [], entry.Line));
        }

        return new Listing(source, Format, papers, note is null ? [] : [note]);
    }

    private (int Year, string? Note) PageYear(List<Entry> entries, ListingOptions options)
    {
        if (options.PageYear is { } given)
        {
            return (given, null);
        }

        var currentYear = clock.GetUtcNow().Year;
        var shown = entries.Select(e => e.Date?.Value.Year).OfType<int>().ToList();
        if (!entries.Any(e => e.Date is { Value.Year: null }))
        {
            return (currentYear, null);
        }

        var year = shown.Count == 0 ? currentYear : Math.Min(shown.Max() + 1, currentYear);
        var reason = shown.Count == 0
            ? "the page shows no years"
            : $"the latest year the page shows is {shown.Max()} and the page omits only its own year";
        return (year, $"dates without a year were read as {year.ToString(CultureInfo.InvariantCulture)} ({reason}); set the page year to change this.");
    }

    private static List<Entry> ReadEntries(List<SourceLine> lines, int start, string source)
    {
        var entries = new List<Entry>();
        var i = start;
        while (i < lines.Count)
        {
            var title = lines[i];
            if (IsMetadata(title.Text))
            {
                throw new ListingFormatException(
                    source, title.Number, $"expected a paper title but found '{title.Text}' (an entry is cut short above it).");
            }

            i++;
            if (i >= lines.Count || IsMetadata(lines[i].Text))
            {
                throw new ListingFormatException(
                    source, title.Number, $"the entry '{Shorten(title.Text)}' has no abstract (truncated entry).");
            }

            var entry = new Entry(title.Text, lines[i].Text, title.Number);
            i++;
            i = ReadMetadata(lines, i, entry, source);
            entries.Add(entry);
        }

        return entries;
    }

    private static int ReadMetadata(List<SourceLine> lines, int i, Entry entry, string source)
    {
        if (i >= lines.Count)
        {
            return i;
        }

        var authors = AuthorLine().Match(lines[i].Text);
        if (authors.Success)
        {
            entry.AuthorCount = int.Parse(authors.Groups["count"].Value, CultureInfo.InvariantCulture);
            i++;
        }
        else if (i + 1 < lines.Count && lines[i + 1].Text == Separator && lines[i].Text != Separator)
        {
            entry.Organization = OrganizationName(lines[i].Text);
            i++;
        }
        else if (lines[i].Text != Separator)
        {
            // No metadata at all: the next line is the next entry's title.
            return i;
        }

        if (i >= lines.Count || lines[i].Text != Separator)
        {
            var line = i < lines.Count ? lines[i].Number : lines[i - 1].Number;
            throw new ListingFormatException(
                source, line, $"the metadata of '{Shorten(entry.Title)}' is cut short: expected '{Separator}' and a date.");
        }

        i++;
        var date = i < lines.Count ? ListingDate.TryParse(lines[i].Text) : null;
        if (date is null)
        {
            var line = i < lines.Count ? lines[i].Number : lines[i - 1].Number;
            var found = i < lines.Count ? $"'{lines[i].Text}'" : "the end of the file";
            throw new ListingFormatException(
                source, line, $"expected a date such as 'Jun 30, 2023' after '{Separator}' but found {found}.");
        }

        entry.Date = new DatedLine(date, lines[i].Number, i);
        return i + 1;
    }

    private static bool IsMetadata(string line) =>
        line == Separator || AuthorLine().IsMatch(line) || ListingDate.TryParse(line) is not null;

    /// <summary>The page repeats an organization's name (logo text, then name): "ByteDance ByteDance".</summary>
    private static string OrganizationName(string line)
    {
        var words = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length % 2 == 0)
        {
            var half = words.Length / 2;
            if (words.Take(half).SequenceEqual(words.Skip(half), StringComparer.Ordinal))
            {
                return string.Join(' ', words.Take(half));
            }
        }

        return string.Join(' ', words);
    }

    private static int SkipPageChrome(List<SourceLine> lines)
    {
        var i = 0;
        while (i < lines.Count && (PageChrome.Contains(lines[i].Text) || ListingDate.TryParse(lines[i].Text) is { Year: null, Upvotes: null }))
        {
            i++;
        }

        return i;
    }

    private static List<SourceLine> NonBlankLines(string text)
    {
        var lines = new List<SourceLine>();
        var number = 0;
        foreach (var raw in text.Split('\n'))
        {
            number++;
            var trimmed = raw.Trim();
            if (trimmed.Length > 0)
            {
                lines.Add(new SourceLine(trimmed, number));
            }
        }

        return lines;
    }

    private static string Shorten(string title) => title.Length <= 60 ? title : title[..57] + "...";

    private sealed record SourceLine(string Text, int Number);

    private sealed record DatedLine(ListingDate Value, int Line, int Index);

    private sealed class Entry(string title, string @abstract, int line)
    {
        public string Title { get; } = title;

        public string Abstract { get; } = @abstract;

        public int Line { get; } = line;

        public int? AuthorCount { get; set; }

        public string? Organization { get; set; }

        public DatedLine? Date { get; set; }
    }
}
