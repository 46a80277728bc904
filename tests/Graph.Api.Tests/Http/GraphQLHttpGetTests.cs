using System.Net;
using Graph.Api.Tests.Support;
using static Graph.Api.Tests.Support.GraphQLHttpClientExtensions;

namespace Graph.Api.Tests.Http;

public sealed class GraphQLHttpGetTests(GraphTestHostFixture fixture) : IClassFixture<GraphTestHostFixture>
{
    private readonly HttpClient _client = fixture.Host.CreateClient();

    [Theory]
    [InlineData(null, "application/json")]
    [InlineData("application/json", "application/json")]
    [InlineData(GraphQLResponseJson, GraphQLResponseJson)]
    public async Task Get_Query_ReturnsData(string? accept, string mediaType)
    {
        var response = await _client.GetGraphQLAsync(Query(("query", "{ hello }")), accept, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(mediaType, response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("""{"data":{"hello":"Hello, world!"}}""", await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task Get_VariablesOperationNameAndExtensions_AreApplied()
    {
        var response = await _client.GetGraphQLAsync(
            Query(
                ("query", "query A { a: hello } query B($name: String) { b: hello(name: $name) }"),
                ("operationName", "B"),
                ("variables", """{"name":"Grace"}"""),
                ("extensions", """{"some":"value"}""")),
            GraphQLResponseJson,
            TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("""{"data":{"b":"Hello, Grace!"}}""", await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
    }

    [Theory]
    [InlineData("mutation { shout(text: \"hi\") }", null)]
    [InlineData("query Read { hello } mutation Write { shout(text: \"hi\") }", "Write")]
    public async Task Get_Mutation_Returns405AllowingPostOnly(string query, string? operationName)
    {
        var parameters = operationName is null ? Query(("query", query)) : Query(("query", query), ("operationName", operationName));
        var response = await _client.GetGraphQLAsync(parameters, GraphQLResponseJson, TestContext.Current.CancellationToken);
        var body = await response.ReadJsonAsync(TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Equal(["POST"], response.Content.Headers.Allow);
        Assert.Equal("METHOD_NOT_ALLOWED", body.FirstErrorCode());
        Assert.Equal("Only query operations can be sent with GET; send this mutation with POST.", body.FirstErrorMessage());
    }

    [Fact]
    public async Task Get_QuerySelectedFromDocumentWithMutation_Executes()
    {
        var response = await _client.GetGraphQLAsync(
            Query(("query", "query Read { hello } mutation Write { shout(text: \"hi\") }"), ("operationName", "Read")),
            GraphQLResponseJson,
            TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("""{"data":{"hello":"Hello, world!"}}""", await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
    }

    [Theory]
    [InlineData("", "INVALID_REQUEST")]
    [InlineData("?operationName=A", "INVALID_REQUEST")]
    [InlineData("?query=%7B%20hello%20%7D&query=%7B%20hello%20%7D", "INVALID_REQUEST")]
    [InlineData("?query=%7B%20hello%20%7D&variables=%7Bnot%20json", "INVALID_REQUEST")]
    [InlineData("?query=%7B%20hello%20%7D&variables=%5B%5D", "INVALID_REQUEST")]
    [InlineData("?query=%7B%20hello%20%7D&extensions=1", "INVALID_REQUEST")]
    public async Task Get_InvalidParameters_Returns400(string queryString, string code)
    {
        var response = await _client.GetGraphQLAsync(queryString, "application/json", TestContext.Current.CancellationToken);
        var body = await response.ReadJsonAsync(TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(code, body.FirstErrorCode());
    }

    [Theory]
    [InlineData("{", "SYNTAX_ERROR")]
    [InlineData("{ nope }", "FIELDS_ON_CORRECT_TYPE")]
    public async Task Get_RequestErrorWithGraphQLResponseJson_Returns400WithoutData(string query, string code)
    {
        var response = await _client.GetGraphQLAsync(Query(("query", query)), GraphQLResponseJson, TestContext.Current.CancellationToken);
        var body = await response.ReadJsonAsync(TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.False(body.TryGetProperty("data", out _));
        Assert.Equal(code, body.FirstErrorCode());
    }

    [Fact]
    public async Task Get_AcceptAllowsNeitherMediaType_Returns406()
    {
        var response = await _client.GetGraphQLAsync(Query(("query", "{ hello }")), "application/xml", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.NotAcceptable, response.StatusCode);
        Assert.Equal("NOT_ACCEPTABLE", (await response.ReadJsonAsync(TestContext.Current.CancellationToken)).FirstErrorCode());
    }

    [Fact]
    public async Task Get_QueryLongerThanLimit_Returns413QueryTooLong()
    {
        // A comment of unescaped letters: Kestrel's 8 KiB request-line limit (414) must not be what answers.
        var query = "{ hello } #" + new string('a', GraphTestHostFixture.MaxQueryLength);

        var response = await _client.GetGraphQLAsync(Query(("query", query)), GraphQLResponseJson, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal("QUERY_TOO_LONG", (await response.ReadJsonAsync(TestContext.Current.CancellationToken)).FirstErrorCode());
    }
}
