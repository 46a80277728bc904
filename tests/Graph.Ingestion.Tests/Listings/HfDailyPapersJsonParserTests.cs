using Graph.Ingestion.Listings;

namespace Graph.Ingestion.Tests.Listings;

public class HfDailyPapersJsonParserTests
{
    private static readonly ListingReader Reader = new();

    private const string ApiResponse = """
        [
          {
            "paper": {
              "id": "2504.01400",
              "authors": [ { "_id": "a1", "name": "Xin Zeng", "hidden": false }, { "_id": "a2", "name": "Wei Liu" } ],
              "publishedAt": "2025-04-02T04:08:53.000Z",
              "title": "ToolACE-R: Tool Learning with\n  Adaptive Self-Refinement",
              "summary": "Tool learning, which allows Large Language\nModels (LLMs) to leverage tools.",
              "upvotes": 11
            },
            "publishedAt": "2025-04-03T01:00:00.000Z",
            "title": "ToolACE-R",
            "numComments": 2,
            "organization": { "name": "bytedance", "fullname": "ByteDance" }
          },
          {
            "paper": { "id": "2106.09685", "title": "LoRA", "summary": "Low-rank adaptation.", "authors": [], "upvotes": 0 }
          }
        ]
        """;

    [Fact]
    public void Parse_ApiResponse_ReadsPaperObjects()
    {
        var listing = Reader.Parse(ApiResponse, "daily.json", new ListingOptions());

        Assert.Equal(ListingFormat.HfDailyPapersJson, listing.Format);
        var first = listing.Papers[0];
        Assert.Equal("arxiv:2504.01400", first.Id);
        Assert.Equal("ToolACE-R: Tool Learning with Adaptive Self-Refinement", first.Title);
        Assert.Equal("Tool learning, which allows Large Language Models (LLMs) to leverage tools.", first.Abstract);
        Assert.Equal(["Xin Zeng", "Wei Liu"], first.Authors);
        Assert.Equal(2, first.AuthorCount);
        Assert.Equal(new DateOnly(2025, 4, 2), first.PublishedOn);
        Assert.Equal(11, first.Upvotes);
        Assert.Equal("ByteDance", first.Organization);
        Assert.Equal(2, first.Line);
        Assert.Null(listing.Papers[1].AuthorCount);
        Assert.Equal(0, listing.Papers[1].Upvotes);
    }

    [Fact]
    public void Parse_TruncatedArray_FailsNamingLine()
    {
        var truncated = ApiResponse[..ApiResponse.IndexOf("\"upvotes\": 0", StringComparison.Ordinal)];

        var error = Assert.Throws<ListingFormatException>(() => Reader.Parse(truncated, "daily.json", new ListingOptions()));

        Assert.Contains("daily.json:", error.Message, StringComparison.Ordinal);
        Assert.Equal(17, error.Line);
    }

    [Fact]
    public void Parse_EntryWithoutTitle_FailsNamingEntryLine()
    {
        const string json = """
            [
              { "paper": { "id": "1", "title": "Fine" } },
              { "paper": { "id": "2", "summary": "No title here." } }
            ]
            """;

        var error = Assert.Throws<ListingFormatException>(() => Reader.Parse(json, "daily.json", new ListingOptions()));

        Assert.Equal(3, error.Line);
        Assert.Contains("'title'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_WrongFieldType_FailsNamingField()
    {
        const string json = """[ { "paper": { "id": "1", "title": "T", "upvotes": "many" } } ]""";

        var error = Assert.Throws<ListingFormatException>(() => Reader.Parse(json, "daily.json", new ListingOptions()));

        Assert.Contains("'upvotes'", error.Message, StringComparison.Ordinal);
    }
}
