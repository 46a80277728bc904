using Graph.Ingestion.Listings;
using Graph.Tests.Shared;
using Microsoft.Extensions.Time.Testing;

namespace Graph.Ingestion.Tests.Listings;

public class HfDailyPapersTextParserTests
{
    private static readonly FakeTimeProvider Clock = new(new DateTimeOffset(2026, 11, 26, 0, 0, 0, TimeSpan.Zero));
    private static readonly ListingReader Reader = new(Clock);

    private static Listing Bundled(int? year = null) =>
        Reader.Parse(File.ReadAllBytes(RepoPaths.BundledCorpus), "hf-daily-papers.txt", new ListingOptions(year));

    private static ListingPaper Paper(Listing listing, string titleStart) =>
        Assert.Single(listing.Papers, p => p.Title.StartsWith(titleStart, StringComparison.Ordinal));

    [Fact]
    public void Parse_BundledPage_ReadsEveryEntryOnce()
    {
        var listing = Bundled();

        // Every title line of the page: a non-blank line followed (after blanks) by the abstract, counted
        // independently of the parser as the lines just before each abstract-sized line.
        var lines = File.ReadAllLines(RepoPaths.BundledCorpus).Where(l => l.Trim().Length > 0).ToList();
        var expectedTitles = lines.Where((line, i) => i + 1 < lines.Count && lines[i + 1].Length > 300 && line.Length < 300).ToList();

        Assert.Equal(ListingFormat.HfDailyPapersText, listing.Format);
        Assert.Equal(expectedTitles, listing.Papers.Select(p => p.Title));
        Assert.Equal(listing.Papers.Count, listing.Papers.Select(p => p.Id).Distinct().Count());
        Assert.All(listing.Papers, p => Assert.True(p.Abstract.Length > 300));
    }

    [Fact]
    public void Parse_AuthorLineAndDateWithoutYear_TakesPageYear()
    {
        var paper = Paper(Bundled(), "ToolACE-R:");

        Assert.Equal(11, paper.AuthorCount);
        Assert.Equal(new DateOnly(2025, 4, 2), paper.PublishedOn);
        Assert.Null(paper.Upvotes);
        Assert.Null(paper.Organization);
    }

    [Fact]
    public void Parse_DateWithTrailingNumber_ReadsUpvotes()
    {
        var paper = Paper(Bundled(), "SwS:");

        Assert.Equal(new DateOnly(2025, 6, 10), paper.PublishedOn);
        Assert.Equal(2, paper.Upvotes);
    }

    [Fact]
    public void Parse_DateWithYear_KeepsYear()
    {
        var paper = Paper(Bundled(), "Meta-training with Demonstration Retrieval");

        Assert.Equal(new DateOnly(2023, 6, 30), paper.PublishedOn);
        Assert.Null(paper.Upvotes);
        Assert.Equal(5, paper.AuthorCount);
    }

    [Fact]
    public void Parse_DateWithYearAndUpvotes_ReadsBoth()
    {
        var paper = Paper(Bundled(), "POINTS:");

        Assert.Equal(new DateOnly(2024, 9, 7), paper.PublishedOn);
        Assert.Equal(6, paper.Upvotes);
    }

    [Fact]
    public void Parse_OrganizationInsteadOfAuthors_ReadsOrganizationOnce()
    {
        var paper = Paper(Bundled(), "SAIL-Embedding");

        Assert.Equal("ByteDance", paper.Organization);
        Assert.Null(paper.AuthorCount);
        Assert.Equal(new DateOnly(2025, 10, 14), paper.PublishedOn);
        Assert.Equal(2, paper.Upvotes);
    }

    [Fact]
    public void Parse_EntryWithoutMetadata_KeepsPaperAndNextEntry()
    {
        var listing = Bundled();
        var lizard = Paper(listing, "Lizard:");
        var next = Paper(listing, "Improved Test-Time Adaptation");

        Assert.Null(lizard.PublishedOn);
        Assert.Null(lizard.AuthorCount);
        Assert.StartsWith("We propose Lizard", lizard.Abstract, StringComparison.Ordinal);
        Assert.Equal(new DateOnly(2023, 4, 10), next.PublishedOn);
        Assert.Equal(5, next.AuthorCount);
    }

    [Fact]
    public void Parse_NoYearGiven_InfersYearAfterLatestShownAndSaysSo()
    {
        var listing = Bundled();

        Assert.Contains(listing.Notes, n => n.Contains("2025", StringComparison.Ordinal));
    }

    [Fact]
    public void Parse_YearGiven_UsesIt()
    {
        var paper = Paper(Bundled(year: 2024), "ToolACE-R:");

        Assert.Equal(new DateOnly(2024, 4, 2), paper.PublishedOn);
        Assert.Empty(Bundled(year: 2024).Notes);
    }

    [Fact]
    public void Parse_PageWithoutShownYears_TakesCurrentYear()
    {
        var listing = Reader.Parse(Entry("A title", "An abstract.", "• 3 authors", "·", "Mar 5 4"), "page.txt", new ListingOptions());

        Assert.Equal(new DateOnly(2026, 3, 5), listing.Papers[0].PublishedOn);
        Assert.Equal(4, listing.Papers[0].Upvotes);
    }

    [Fact]
    public void Parse_TitleAtEndOfFile_FailsAsTruncatedNamingLine()
    {
        var text = Entry("First", "Abstract one.", "• 2 authors", "·", "Jan 3, 2024") + "\nCut off title\n";

        var error = Assert.Throws<ListingFormatException>(() => Reader.Parse(text, "cut.txt", new ListingOptions()));

        Assert.Equal(7, error.Line);
        Assert.Contains("truncated", error.Message, StringComparison.Ordinal);
        Assert.StartsWith("cut.txt:7:", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_MetadataCutShort_FailsNamingLine()
    {
        var text = Entry("First", "Abstract one.", "• 2 authors");

        var error = Assert.Throws<ListingFormatException>(() => Reader.Parse(text, "cut.txt", new ListingOptions()));

        Assert.Equal(3, error.Line);
        Assert.Contains("cut short", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_ImpossibleDate_FailsNamingLine()
    {
        var text = Entry("First", "Abstract one.", "• 2 authors", "·", "Feb 30, 2024");

        var error = Assert.Throws<ListingFormatException>(() => Reader.Parse(text, "bad.txt", new ListingOptions()));

        Assert.Equal(5, error.Line);
    }

    [Fact]
    public void Parse_TitleFollowedByMetadata_FailsAsMissingAbstract()
    {
        var text = Entry("Only a title", "• 2 authors", "·", "Jan 3, 2024");

        var error = Assert.Throws<ListingFormatException>(() => Reader.Parse(text, "bad.txt", new ListingOptions()));

        Assert.Equal(1, error.Line);
        Assert.Contains("no abstract", error.Message, StringComparison.Ordinal);
    }

    private static string Entry(params string[] lines) => string.Join("\n", lines) + "\n";
}
