namespace Graph.Api.Tests.GraphQL;

/// <summary>Bad arguments and expensive queries get clear GraphQL errors with stable codes.</summary>
public class LimitsTests(GraphApiFixture api) : IClassFixture<GraphApiFixture>
{
    [Fact]
    public async Task Papers_PageLargerThanMaximum_IsRefused()
    {
        var (code, message) = await api.ErrorAsync("{ papers(first: 101) { nodes { title } } }");

        Assert.Equal("PAGE_SIZE_EXCEEDED", code);
        Assert.Contains("100", message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Papers_ForeignCursor_IsRefused()
    {
        var cursor = (await api.DataAsync("{ methods(first: 1) { pageInfo { endCursor } } }")).GetProperty("methods").GetProperty("pageInfo").GetProperty("endCursor").GetString();

        var (code, _) = await api.ErrorAsync("query($after: String) { papers(first: 2, after: $after) { nodes { title } } }", new() { ["after"] = cursor });

        Assert.Equal("INVALID_CURSOR", code);
    }

    [Fact]
    public async Task Node_GarbageId_IsAnInvalidArgument()
    {
        var (code, _) = await api.ErrorAsync("""{ node(id: "not-an-id") { id } }""");

        Assert.Equal("INVALID_ARGUMENT", code);
    }

    [Fact]
    public async Task Query_TooDeep_IsRefusedBeforeExecution()
    {
        var query = "{ papers(first: 1) { nodes { " + string.Concat(Enumerable.Repeat("relatedPapers(first: 1) { paper { ", 8)) + "title" + new string('}', 16) + " } } }";

        var (_, message) = await api.ErrorAsync(query);

        Assert.Contains("depth", message, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Query_TooExpensive_IsRefusedBeforeExecution()
    {
        const string query = """
            { papers(first: 100) { nodes { methods { method { papers(first: 100) { nodes { datasets { dataset { papers(first: 100) { nodes { title } } } } } } } } } } }
            """;
        api.Counter?.Reset();

        var (_, message) = await api.ErrorAsync(query);

        Assert.Contains("complexity", message, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Path_MaxHopsOutOfRange_IsAnInvalidArgument()
    {
        var id = (await api.DataAsync("""{ dataset(name: "MMLU") { id } }""")).GetProperty("dataset").GetProperty("id").GetString();

        var (code, _) = await api.ErrorAsync("query($id: ID!) { path(from: $id, to: $id, maxHops: 50) { length } }", new() { ["id"] = id });

        Assert.Equal("INVALID_ARGUMENT", code);
    }
}
