using System.Net;
using System.Text;
using Graph.Api.Tests.Support;
using GraphQL;
using GraphQL.Execution;

namespace Graph.Api.Tests.Http;

public sealed class GraphQLHttpLimitTests(GraphTestHostFixture fixture) : IClassFixture<GraphTestHostFixture>
{
    private readonly HttpClient _client = fixture.Host.CreateClient();

    [Fact]
    public async Task Post_BodyLargerThanLimitWithContentLength_Returns413()
    {
        var response = await _client.PostGraphQLAsync(OversizedBody(), cancellationToken: TestContext.Current.CancellationToken);
        var body = await response.ReadJsonAsync(TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal("REQUEST_TOO_LARGE", body.FirstErrorCode());
        Assert.Equal($"The request body is larger than {GraphTestHostFixture.MaxRequestBytes} bytes.", body.FirstErrorMessage());
    }

    [Fact]
    public async Task Post_ChunkedBodyLargerThanLimit_Returns413WhileReading()
    {
        // No Content-Length: the limit has to be enforced on the bytes as they arrive.
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = new StreamContent(new MemoryStream(Encoding.UTF8.GetBytes(OversizedBody()))),
        };
        request.Content.Headers.ContentType = new("application/json");
        request.Headers.TransferEncodingChunked = true;

        var response = await _client.SendAsync(request, TestContext.Current.CancellationToken);

        Assert.Null(request.Content.Headers.ContentLength);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal("REQUEST_TOO_LARGE", (await response.ReadJsonAsync(TestContext.Current.CancellationToken)).FirstErrorCode());
    }

    [Fact]
    public async Task Post_BodyJustUnderLimit_IsExecuted()
    {
        var padding = new string(' ', GraphTestHostFixture.MaxQueryLength - 20);
        var json = $$"""{"query":"{ hello {{padding}}}"}""";

        var response = await _client.PostGraphQLAsync(json, cancellationToken: TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Post_QueryLongerThanLimit_Returns413QueryTooLong()
    {
        var padding = new string(' ', GraphTestHostFixture.MaxQueryLength);
        var json = $$"""{"query":"{ hello {{padding}}}"}""";

        var response = await _client.PostGraphQLAsync(json, cancellationToken: TestContext.Current.CancellationToken);
        var body = await response.ReadJsonAsync(TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal("QUERY_TOO_LONG", body.FirstErrorCode());
    }

    [Fact]
    public async Task Post_VariablesNestedDeeperThanLimit_Returns400()
    {
        var nested = string.Concat(Enumerable.Repeat("{\"a\":", 100)) + "1" + new string('}', 100);
        var json = $$"""{"query":"{ hello }","variables":{{nested}}}""";

        var response = await _client.PostGraphQLAsync(json, cancellationToken: TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("INVALID_JSON", (await response.ReadJsonAsync(TestContext.Current.CancellationToken)).FirstErrorCode());
    }

    [Fact]
    public async Task Post_BodyUploadSlowerThanTimeout_Returns408()
    {
        await using var host = await GraphTestHost.StartAsync(
            new GraphTestHostOptions { Settings = new() { ["Graph:Http:BodyReadTimeout"] = "00:00:01" } },
            TestContext.Current.CancellationToken);
        const string partialBody = """{"query":"{ hel""";
        var request =
            "POST /graphql HTTP/1.1\r\n" +
            $"Host: {host.BaseAddress.Authority}\r\n" +
            "Content-Type: application/json\r\n" +
            "Content-Length: 1000\r\n" +
            "\r\n" +
            partialBody;

        var started = TimeProvider.System.GetTimestamp();
        var (status, body) = await RawHttpClient.SendAsync(host.BaseAddress, request, TestContext.Current.CancellationToken);
        var elapsed = TimeProvider.System.GetElapsedTime(started);

        Assert.Equal(408, status);
        Assert.Contains("\"code\":\"REQUEST_TIMEOUT\"", body, StringComparison.Ordinal);
        Assert.InRange(elapsed, TimeSpan.FromSeconds(0.9), TimeSpan.FromSeconds(10));
    }

    [Fact]
    public async Task Post_ExecutionLongerThanConfiguredTimeout_Returns504Timeout()
    {
        await using var host = await GraphTestHost.StartAsync(
            new GraphTestHostOptions { ConfigureGraphQL = graphQL => graphQL.WithTimeout(TimeSpan.FromMilliseconds(300), TimeoutAction.ReturnTimeoutError) },
            TestContext.Current.CancellationToken);
        using var client = host.CreateClient();

        var started = TimeProvider.System.GetTimestamp();
        var response = await client.PostGraphQLAsync(
            """{"query":"{ slow(milliseconds: 20000) }"}""", GraphQLHttpClientExtensions.GraphQLResponseJson, cancellationToken: TestContext.Current.CancellationToken);
        var elapsed = TimeProvider.System.GetElapsedTime(started);

        Assert.Equal(HttpStatusCode.GatewayTimeout, response.StatusCode);
        Assert.Equal("TIMEOUT", (await response.ReadJsonAsync(TestContext.Current.CancellationToken)).FirstErrorCode());
        Assert.InRange(elapsed, TimeSpan.Zero, TimeSpan.FromSeconds(10));
    }

    [Fact]
    public async Task Post_ExecutionTimeoutThrown_Returns504Timeout()
    {
        await using var host = await GraphTestHost.StartAsync(
            new GraphTestHostOptions { ConfigureGraphQL = graphQL => graphQL.WithTimeout(TimeSpan.FromMilliseconds(300), TimeoutAction.ThrowTimeoutException) },
            TestContext.Current.CancellationToken);
        using var client = host.CreateClient();

        var response = await client.PostGraphQLAsync("""{"query":"{ slow(milliseconds: 20000) }"}""", cancellationToken: TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.GatewayTimeout, response.StatusCode);
        Assert.Equal("TIMEOUT", (await response.ReadJsonAsync(TestContext.Current.CancellationToken)).FirstErrorCode());
    }

    private static string OversizedBody() =>
        $$$"""{"query":"{ hello }","extensions":{"padding":"{{{new string('x', GraphTestHostFixture.MaxRequestBytes)}}}"}}""";
}
