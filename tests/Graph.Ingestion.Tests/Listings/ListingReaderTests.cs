using System.Text;
using Graph.Ingestion.Listings;

namespace Graph.Ingestion.Tests.Listings;

public class ListingReaderTests
{
    private static readonly ListingReader Reader = new();

    [Theory]
    [InlineData("")]
    [InlineData("   \n\n  \t")]
    public void Parse_EmptyFile_FailsAsEmpty(string text)
    {
        var error = Assert.Throws<ListingFormatException>(() => Reader.Parse(Encoding.UTF8.GetBytes(text), "empty.txt", new ListingOptions()));

        Assert.Equal("empty.txt: the file is empty.", error.Message);
    }

    [Fact]
    public void Parse_BinaryFile_FailsAsBinary()
    {
        byte[] png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D];

        var error = Assert.Throws<ListingFormatException>(() => Reader.Parse(png, "image.png", new ListingOptions()));

        Assert.Contains("binary", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_InvalidUtf8_Fails()
    {
        byte[] latin1 = Encoding.Latin1.GetBytes("Caf\u00e9 papers\n");

        var error = Assert.Throws<ListingFormatException>(() => Reader.Parse(latin1, "latin1.txt", new ListingOptions()));

        Assert.Contains("UTF-8", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_ProseWithoutListingMarkers_FailsAsUnknownFormat()
    {
        var error = Assert.Throws<ListingFormatException>(() =>
            Reader.Parse("Dear colleagues,\nplease find the minutes attached.\n", "letter.txt", new ListingOptions()));

        Assert.Contains("unknown format", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_SamePaperTwiceIdentically_KeepsOneAndSaysSo()
    {
        const string line = "{\"title\":\"One\",\"abstract\":\"A.\"}";

        var listing = Reader.Parse(line + "\n" + line, "dup.ndjson", new ListingOptions());

        Assert.Single(listing.Papers);
        Assert.Contains(listing.Notes, n => n.Contains("second time", StringComparison.Ordinal));
    }

    [Fact]
    public void Parse_SamePaperTwiceDifferently_FailsNamingBothLines()
    {
        const string text = "{\"title\":\"One\",\"abstract\":\"A.\"}\n{\"title\":\"one!\",\"abstract\":\"B.\"}";

        var error = Assert.Throws<ListingFormatException>(() => Reader.Parse(text, "dup.ndjson", new ListingOptions()));

        Assert.Equal(2, error.Line);
        Assert.Contains("line 1", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReadFileAsync_MissingFile_FailsNamingFile()
    {
        var error = await Assert.ThrowsAsync<ListingFormatException>(() =>
            Reader.ReadFileAsync("/nonexistent/listing.txt", new ListingOptions(), TestContext.Current.CancellationToken));

        Assert.Contains("/nonexistent/listing.txt", error.Message, StringComparison.Ordinal);
    }
}
