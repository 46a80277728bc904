using System.Net;
using Graph.Api.Tests.Support;

namespace Graph.Api.Tests.Http;

public sealed class GraphQLHttpPostTests(GraphTestHostFixture fixture) : IClassFixture<GraphTestHostFixture>
{
    private const string Hello = """{"query":"{ hello }"}""";

    private readonly HttpClient _client = fixture.Host.CreateClient();

    [Fact]
    public async Task Post_Query_ReturnsDataAsJsonByDefault()
    {
        var response = await _client.PostGraphQLAsync(Hello, cancellationToken: TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("utf-8", response.Content.Headers.ContentType?.CharSet);
        Assert.Equal("""{"data":{"hello":"Hello, world!"}}""", await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
    }

    [Theory]
    [InlineData("application/graphql-response+json", "application/graphql-response+json")]
    [InlineData("application/json", "application/json")]
    [InlineData("application/graphql-response+json, application/json", "application/graphql-response+json")]
    [InlineData("application/json, application/graphql-response+json", "application/graphql-response+json")]
    [InlineData("application/graphql-response+json;q=0.5, application/json", "application/json")]
    [InlineData("*/*", "application/json")]
    [InlineData("application/*", "application/json")]
    [InlineData("application/graphql-response+json, */*;q=0.1", "application/graphql-response+json")]
    [InlineData("text/html, application/xhtml+xml, */*;q=0.8", "application/json")]
    public async Task Post_Accept_NegotiatesResponseMediaType(string accept, string expected)
    {
        var response = await _client.PostGraphQLAsync(Hello, accept, cancellationToken: TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(expected, response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("utf-8", response.Content.Headers.ContentType?.CharSet);
        Assert.Contains("Accept", response.Headers.Vary);
    }

    [Theory]
    [InlineData("text/plain")]
    [InlineData("application/xml, text/html")]
    [InlineData("application/json;q=0, application/graphql-response+json;q=0")]
    public async Task Post_AcceptAllowsNeitherMediaType_Returns406(string accept)
    {
        var response = await _client.PostGraphQLAsync(Hello, accept, cancellationToken: TestContext.Current.CancellationToken);
        var body = await response.ReadJsonAsync(TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.NotAcceptable, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("NOT_ACCEPTABLE", body.FirstErrorCode());
    }

    [Theory]
    [InlineData("application/json; charset=utf-8")]
    [InlineData("application/json; charset=UTF-8")]
    [InlineData("Application/JSON")]
    public async Task Post_JsonContentTypeWithOrWithoutUtf8Charset_IsAccepted(string contentType)
    {
        var response = await _client.PostGraphQLAsync(Hello, contentType: contentType, cancellationToken: TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Theory]
    [InlineData("text/plain")]
    [InlineData("application/graphql")]
    [InlineData("application/x-www-form-urlencoded")]
    [InlineData("application/json; charset=iso-8859-1")]
    [InlineData(null)]
    public async Task Post_OtherContentType_Returns415WithGraphQLError(string? contentType)
    {
        var response = await _client.PostGraphQLAsync(
            Hello, GraphQLHttpClientExtensions.GraphQLResponseJson, contentType, TestContext.Current.CancellationToken);
        var body = await response.ReadJsonAsync(TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
        Assert.Equal(GraphQLHttpClientExtensions.GraphQLResponseJson, response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("UNSUPPORTED_MEDIA_TYPE", body.FirstErrorCode());
        Assert.False(body.TryGetProperty("data", out _));
    }

    [Theory]
    [InlineData("{ \"query\": ")]
    [InlineData("{ \"not a JSON")]
    [InlineData("{\"query\":\"{ hello }\"} trailing")]
    [InlineData("")]
    public async Task Post_MalformedJson_Returns400InvalidJson(string json)
    {
        var response = await _client.PostGraphQLAsync(json, "application/json", cancellationToken: TestContext.Current.CancellationToken);
        var body = await response.ReadJsonAsync(TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("INVALID_JSON", body.FirstErrorCode());
    }

    [Fact]
    public async Task Post_JsonArray_Returns400BatchingNotSupported()
    {
        var response = await _client.PostGraphQLAsync("""[{"query":"{ hello }"},{"query":"{ hello }"}]""", cancellationToken: TestContext.Current.CancellationToken);
        var body = await response.ReadJsonAsync(TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("BATCHING_NOT_SUPPORTED", body.FirstErrorCode());
        Assert.Equal(
            "Batched requests (a JSON array of requests) are not supported; send one request per HTTP request.",
            body.FirstErrorMessage());
    }

    [Theory]
    [InlineData("\"{ hello }\"")]
    [InlineData("42")]
    [InlineData("null")]
    [InlineData("{}")]
    [InlineData("""{"qeury":"{ hello }"}""")]
    [InlineData("""{"query":null}""")]
    [InlineData("""{"query":7}""")]
    [InlineData("""{"query":false}""")]
    [InlineData("""{"query":{"obj":"ect"}}""")]
    [InlineData("""{"query":["{ hello }"]}""")]
    [InlineData("""{"query":"{ hello }","operationName":0}""")]
    [InlineData("""{"query":"{ hello }","operationName":{}}""")]
    [InlineData("""{"query":"{ hello }","variables":"{}"}""")]
    [InlineData("""{"query":"{ hello }","variables":[]}""")]
    [InlineData("""{"query":"{ hello }","variables":0}""")]
    [InlineData("""{"query":"{ hello }","extensions":"x"}""")]
    [InlineData("""{"query":"{ hello }","extensions":[1]}""")]
    [InlineData("""{"query":"{ hello }","extensions":true}""")]
    public async Task Post_InvalidParameters_Returns400InvalidRequest(string json)
    {
        var response = await _client.PostGraphQLAsync(json, cancellationToken: TestContext.Current.CancellationToken);
        var body = await response.ReadJsonAsync(TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("INVALID_REQUEST", body.FirstErrorCode());
        Assert.False(body.TryGetProperty("data", out _));
    }

    [Theory]
    [InlineData("""{"query":"{ hello }","variables":null,"operationName":null,"extensions":null}""")]
    [InlineData("""{"query":"{ hello }","variables":{},"extensions":{"some":"value"}}""")]
    [InlineData("\uFEFF{\"query\":\"{ hello }\"}")]
    public async Task Post_OptionalParametersNullOrMaps_AreAccepted(string json)
    {
        var response = await _client.PostGraphQLAsync(json, GraphQLHttpClientExtensions.GraphQLResponseJson, cancellationToken: TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("""{"data":{"hello":"Hello, world!"}}""", await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task Post_Variables_AreAppliedAndUtf8RoundTrips()
    {
        var response = await _client.PostGraphQLAsync(
            """{"query":"query Greet($name: String) { hello(name: $name) }","variables":{"name":"Run🏃Swim🏊 Ada"}}""",
            cancellationToken: TestContext.Current.CancellationToken);

        var body = await response.ReadJsonAsync(TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Hello, Run🏃Swim🏊 Ada!", body.GetProperty("data").GetProperty("hello").GetString());
    }

    [Fact]
    public async Task Post_OperationName_SelectsThatOperation()
    {
        var response = await _client.PostGraphQLAsync(
            """{"query":"query A { a: hello(name: \"A\") } query B { b: hello(name: \"B\") }","operationName":"B"}""",
            cancellationToken: TestContext.Current.CancellationToken);

        Assert.Equal("""{"data":{"b":"Hello, B!"}}""", await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task Post_Mutation_Executes()
    {
        var response = await _client.PostGraphQLAsync(
            """{"query":"mutation { shout(text: \"hi\") }"}""", cancellationToken: TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("""{"data":{"shout":"HI"}}""", await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
    }

    [Theory]
    [InlineData("""{"query":"{"}""", "SYNTAX_ERROR")]
    [InlineData("""{"query":"{ nope }"}""", "FIELDS_ON_CORRECT_TYPE")]
    [InlineData("""{"query":"query Q($n: Int!) { slow(milliseconds: $n) }","variables":{"n":null}}""", "INVALID_VALUE")]
    [InlineData("""{"query":"query A { hello } query B { hello }"}""", "NO_OPERATION_NAME")]
    [InlineData("""{"query":"query A { hello }","operationName":"Missing"}""", "INVALID_OPERATION_NAME")]
    public async Task Post_RequestErrorWithGraphQLResponseJson_Returns400WithoutData(string json, string code)
    {
        var response = await _client.PostGraphQLAsync(json, GraphQLHttpClientExtensions.GraphQLResponseJson, cancellationToken: TestContext.Current.CancellationToken);
        var body = await response.ReadJsonAsync(TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(GraphQLHttpClientExtensions.GraphQLResponseJson, response.Content.Headers.ContentType?.MediaType);
        Assert.False(body.TryGetProperty("data", out _));
        Assert.Equal(code, body.FirstErrorCode());
    }

    [Theory]
    [InlineData("""{"query":"{"}""")]
    [InlineData("""{"query":"{ nope }"}""")]
    [InlineData("""{"query":"query Q($n: Int!) { slow(milliseconds: $n) }","variables":{"n":null}}""")]
    public async Task Post_RequestErrorWithJson_Returns200(string json)
    {
        var response = await _client.PostGraphQLAsync(json, "application/json", cancellationToken: TestContext.Current.CancellationToken);
        var body = await response.ReadJsonAsync(TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.False(body.TryGetProperty("data", out _));
        Assert.NotNull(body.FirstErrorCode());
    }

    [Fact]
    public async Task Post_FieldThrows_Returns200WithPartialDataAndNoExceptionDetails()
    {
        var response = await _client.PostGraphQLAsync(
            """{"query":"{ hello boom }"}""", GraphQLHttpClientExtensions.GraphQLResponseJson, cancellationToken: TestContext.Current.CancellationToken);
        var text = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(
            """{"errors":[{"message":"Error trying to resolve field \u0027boom\u0027.","locations":[{"line":1,"column":9}],"path":["boom"],"extensions":{"code":"INVALID_OPERATION","codes":["INVALID_OPERATION"]}}],"data":{"hello":"Hello, world!","boom":null}}""",
            text);
        Assert.DoesNotContain("hunter2", text, StringComparison.Ordinal);
        Assert.DoesNotContain(" at ", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("PUT")]
    [InlineData("DELETE")]
    [InlineData("PATCH")]
    public async Task Send_OtherMethod_Returns405AllowingGetAndPost(string method)
    {
        using var request = new HttpRequestMessage(new HttpMethod(method), "/graphql");
        var response = await _client.SendAsync(request, TestContext.Current.CancellationToken);
        var body = await response.ReadJsonAsync(TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Equal(["GET", "POST"], response.Content.Headers.Allow.Order());
        Assert.Equal("METHOD_NOT_ALLOWED", body.FirstErrorCode());
    }
}
