using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Graph.Api.Tests.GraphQL;

/// <summary>The real app over HTTP: health endpoints and a query through the GraphQL endpoint.</summary>
public class HealthAndHttpTests(GraphApiFixture api) : IClassFixture<GraphApiFixture>
{
    [Fact]
    public async Task Healthz_IsHealthy()
    {
        using var client = api.CreateClient();

        var response = await client.GetAsync(new Uri("/healthz", UriKind.Relative), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Readyz_ReportsStoreBackendAndSchemaVersion()
    {
        using var client = api.CreateClient();

        var response = await client.GetAsync(new Uri("/readyz", UriKind.Relative), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        var store = body.RootElement.GetProperty("checks").GetProperty("store");
        Assert.Equal("Healthy", store.GetProperty("status").GetString());
        Assert.Equal("sqlite", store.GetProperty("data").GetProperty("backend").GetString());
        Assert.True(store.GetProperty("data").GetProperty("schemaVersion").GetInt32() >= 1);
    }

    [Fact]
    public async Task PostQuery_GraphQLResponseMediaType_ReturnsData()
    {
        using var client = api.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = JsonContent.Create(new { query = "{ dataset(name: \"SQuAD\") { name paperCount } }" }),
        };
        request.Headers.Accept.ParseAdd("application/graphql-response+json");

        var response = await client.SendAsync(request, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/graphql-response+json", response.Content.Headers.ContentType?.MediaType);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        Assert.Equal(2, body.RootElement.GetProperty("data").GetProperty("dataset").GetProperty("paperCount").GetInt32());
    }

    [Fact]
    public async Task PostQuery_PageTooLarge_ErrorHasCodeAndNoStackTrace()
    {
        using var client = api.CreateClient();

        var response = await client.PostAsJsonAsync("/graphql", new { query = "{ papers(first: 500) { nodes { title } } }" }, TestContext.Current.CancellationToken);

        var text = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        using var body = JsonDocument.Parse(text);
        Assert.Equal("PAGE_SIZE_EXCEEDED", body.RootElement.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString());
        Assert.DoesNotContain("   at ", text, StringComparison.Ordinal);
    }
}
