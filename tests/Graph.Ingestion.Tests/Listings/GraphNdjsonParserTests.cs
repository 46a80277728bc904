using Graph.Ingestion.Listings;

namespace Graph.Ingestion.Tests.Listings;

public class GraphNdjsonParserTests
{
    private static readonly ListingReader Reader = new();

    [Fact]
    public void Parse_Lines_ReadsEveryField()
    {
        const string text = """
            {"title":"LoRA: Low-Rank Adaptation of Large Language Models","abstract":"We propose LoRA.","arxivId":"2106.09685","publishedOn":"2021-06-17","authors":["Edward Hu","Yelong Shen"],"upvotes":3,"organization":"Microsoft"}

            {"title":"Untitled work without metadata"}
            """;

        var listing = Reader.Parse(text, "bulk.ndjson", new ListingOptions());

        Assert.Equal(ListingFormat.GraphNdjson, listing.Format);
        var lora = listing.Papers[0];
        Assert.Equal("arxiv:2106.09685", lora.Id);
        Assert.Equal(new DateOnly(2021, 6, 17), lora.PublishedOn);
        Assert.Equal(2, lora.AuthorCount);
        Assert.Equal(3, lora.Upvotes);
        Assert.Equal("Microsoft", lora.Organization);
        var bare = listing.Papers[1];
        Assert.Equal(3, bare.Line);
        Assert.Equal(string.Empty, bare.Abstract);
        Assert.StartsWith("title:", bare.Id, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_TruncatedLine_FailsNamingLine()
    {
        const string text = "{\"title\":\"One\"}\n{\"title\":\"Two\",\"abstr";

        var error = Assert.Throws<ListingFormatException>(() => Reader.Parse(text, "bulk.ndjson", new ListingOptions()));

        Assert.Equal(2, error.Line);
        Assert.Contains("truncated", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_MisspeltProperty_FailsRatherThanDroppingIt()
    {
        const string text = "{\"title\":\"One\",\"abstact\":\"typo\"}";

        var error = Assert.Throws<ListingFormatException>(() => Reader.Parse(text, "bulk.ndjson", new ListingOptions()));

        Assert.Contains("'abstact'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_BadDate_FailsNamingField()
    {
        const string text = "{\"title\":\"One\",\"publishedOn\":\"yesterday\"}";

        var error = Assert.Throws<ListingFormatException>(() => Reader.Parse(text, "bulk.ndjson", new ListingOptions()));

        Assert.Contains("'publishedOn'", error.Message, StringComparison.Ordinal);
    }
}
