using System.Net;
using Graph.Api.Tests.Support;
using GraphQL;
using Microsoft.Extensions.Logging;

namespace Graph.Api.Tests.Http;

/// <summary>Failures inside the endpoint: masked for clients outside Development, and logged without variable values.</summary>
public sealed class GraphQLHttpErrorTests
{
    private const string Request = """{"query":"query Explode($name: String) { hello(name: $name) boom }","variables":{"name":"s3cret-variable"}}""";

    [Fact]
    public async Task Post_UnhandledExceptionInProduction_Returns500WithoutDetails()
    {
        await using var host = await StartThrowingHostAsync("Production");
        using var client = host.CreateClient();

        var response = await client.PostGraphQLAsync(Request, GraphQLHttpClientExtensions.GraphQLResponseJson, cancellationToken: TestContext.Current.CancellationToken);
        var text = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        var body = await response.ReadJsonAsync(TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.Equal(GraphQLHttpClientExtensions.GraphQLResponseJson, response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("INTERNAL_SERVER_ERROR", body.FirstErrorCode());
        Assert.Equal("An unexpected error occurred while processing the GraphQL request.", body.FirstErrorMessage());
        Assert.False(body.GetProperty("errors")[0].GetProperty("extensions").TryGetProperty("details", out _));
        Assert.DoesNotContain("hunter2", text, StringComparison.Ordinal);
        Assert.DoesNotContain(" at ", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_UnhandledException_LogsOperationNameButNotVariables()
    {
        await using var host = await StartThrowingHostAsync("Production");
        using var client = host.CreateClient();

        var response = await client.PostGraphQLAsync(Request, cancellationToken: TestContext.Current.CancellationToken);
        var traceId = (await response.ReadJsonAsync(TestContext.Current.CancellationToken))
            .GetProperty("errors")[0].GetProperty("extensions").GetProperty("traceId").GetString();

        var entry = Assert.Single(host.Logs.Entries, log => log.Category == "Graph.Api.Http.GraphQLHttpHandler" && log.Level == LogLevel.Error);
        Assert.Contains("operation Explode", entry.Message, StringComparison.Ordinal);
        Assert.Contains("POST /graphql", entry.Message, StringComparison.Ordinal);
        Assert.Contains($"trace {traceId}", entry.Message, StringComparison.Ordinal);
        Assert.IsType<InvalidOperationException>(entry.Exception, exactMatch: false);
        Assert.DoesNotContain(host.Logs.Entries, log => log.Message.Contains("s3cret-variable", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Post_UnhandledExceptionInDevelopment_Returns500WithDetails()
    {
        await using var host = await StartThrowingHostAsync("Development");
        using var client = host.CreateClient();

        var response = await client.PostGraphQLAsync(Request, cancellationToken: TestContext.Current.CancellationToken);
        var body = await response.ReadJsonAsync(TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        var details = body.GetProperty("errors")[0].GetProperty("extensions").GetProperty("details").GetString();
        Assert.Contains(TestQueryType.SecretMessage, details, StringComparison.Ordinal);
        Assert.Contains(" at ", details, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_FieldThrowsInDevelopment_ErrorCarriesExceptionDetails()
    {
        // The contrast to GraphQLHttpPostTests' Production case: only Development shows what went wrong.
        await using var host = await GraphTestHost.StartAsync(new GraphTestHostOptions { Environment = "Development" }, TestContext.Current.CancellationToken);
        using var client = host.CreateClient();

        var response = await client.PostGraphQLAsync("""{"query":"{ boom }"}""", cancellationToken: TestContext.Current.CancellationToken);
        var text = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("hunter2", text, StringComparison.Ordinal);
    }

    private static Task<GraphTestHost> StartThrowingHostAsync(string environment) =>
        GraphTestHost.StartAsync(
            new GraphTestHostOptions
            {
                Environment = environment,
                ConfigureGraphQL = graphQL => graphQL.ConfigureExecutionOptions(options => options.ThrowOnUnhandledException = true),
            },
            TestContext.Current.CancellationToken);
}
