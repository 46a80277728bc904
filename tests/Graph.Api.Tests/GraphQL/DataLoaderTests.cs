namespace Graph.Api.Tests.GraphQL;

/// <summary>Nested fields load in batches: the number of store calls does not grow with the page size.</summary>
public class DataLoaderTests(GraphApiFixture api, UnbatchedGraphApiFixture unbatched)
    : IClassFixture<GraphApiFixture>, IClassFixture<UnbatchedGraphApiFixture>
{
    private const string Page = """
        query($first: Int!) {
          papers(first: $first) {
            nodes {
              title
              methods { method { name parent { name } } evidence { text } }
              datasets { dataset { name } }
              papersSharingBenchmark(first: 3) { edges { sharedDatasets { name } node { title } } }
            }
          }
        }
        """;

    [Fact]
    public async Task PageOfPapersWithLinks_CostsTheSameStoreCallsForFiveOrFiftyPapers()
    {
        await api.DataAsync("{ __typename }");
        api.Counter.Reset();
        await api.DataAsync(Page, new() { ["first"] = 5 });
        var forFive = api.Counter.Total;

        api.Counter.Reset();
        var data = await api.DataAsync(Page, new() { ["first"] = 50 });
        var forFifty = api.Counter.Total;

        Assert.Equal(50, data.GetProperty("papers").GetProperty("nodes").GetArrayLength());
        Assert.Equal(forFive, forFifty);
        Assert.True(forFifty <= 8, $"{forFifty} store calls: {string.Join(", ", api.Counter.Calls.Select(c => $"{c.Key}={c.Value}"))}");
    }

    [Fact]
    public async Task PageOfPapersWithLinks_BatchingOff_CostsStoreCallsPerPaperAndGivesTheSameData()
    {
        await unbatched.DataAsync("{ __typename }");
        unbatched.Counter.Reset();
        await unbatched.DataAsync(Page, new() { ["first"] = 5 });
        var forFive = unbatched.Counter.Total;

        unbatched.Counter.Reset();
        var data = await unbatched.DataAsync(Page, new() { ["first"] = 50 });
        var forFifty = unbatched.Counter.Total;
        var batched = await api.DataAsync(Page, new() { ["first"] = 50 });

        Assert.True(forFifty >= 50 * 3, $"{forFifty} store calls for 50 papers without batching");
        Assert.True(forFifty > forFive * 5, $"{forFive} calls for 5 papers, {forFifty} for 50");
        Assert.Equal(batched.GetRawText(), data.GetRawText());
    }
}
