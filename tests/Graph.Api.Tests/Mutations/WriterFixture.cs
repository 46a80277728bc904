using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Graph.Api.Security;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Graph.Api.Tests.Mutations;

/// <summary>
/// The real app on its own temporary store (seeded with the bundled corpus) with one write credential, for tests
/// that change the graph. Requests go over HTTP so authentication runs as in production.
/// </summary>
public sealed class WriterFixture : WebApplicationFactory<Program>
{
    public const string Key = "graph_test_key_for_alice";

    private readonly string _directory = Path.Combine(Path.GetTempPath(), "graph-writer-tests", Guid.NewGuid().ToString("N"));

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        Directory.CreateDirectory(_directory);
        builder.UseEnvironment("Production");
        builder.UseSetting("Graph:Database", Path.Combine(_directory, "graph.db"));
        builder.UseSetting("Graph:Auth:Keys:0:Name", "alice");
        builder.UseSetting("Graph:Auth:Keys:0:Sha256", ApiKeyHasher.Hash(Key));
    }

    /// <summary>Posts a GraphQL request, with the credential unless <paramref name="key"/> says otherwise; returns the body.</summary>
    public async Task<JsonElement> PostAsync(string query, object? variables = null, string? key = Key)
    {
        using var client = CreateClient();
        if (key is not null)
        {
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", key);
        }

        var response = await client.PostAsJsonAsync("/graphql", new { query, variables }, TestContext.Current.CancellationToken);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).RootElement.Clone();
    }

    /// <summary>Posts a request that must not fail at the GraphQL level; returns <c>data</c>.</summary>
    public async Task<JsonElement> DataAsync(string query, object? variables = null)
    {
        var body = await PostAsync(query, variables);
        Assert.False(body.TryGetProperty("errors", out var errors), errors.ToString());
        return body.GetProperty("data");
    }

    /// <summary>The global id of a term by kind and name.</summary>
    public async Task<string> TermIdAsync(string kind, string name) =>
        (await DataAsync($$"""query($n: String!) { t: {{kind}}(name: $n) { id } }""", new { n = name })).GetProperty("t").GetProperty("id").GetString()!;

    /// <summary>The global id of the paper with the given title.</summary>
    public async Task<string> PaperIdAsync(string title) =>
        (await DataAsync("query($t: String!) { papers(where: { title: { eq: $t } }) { nodes { id } } }", new { t = title }))
            .GetProperty("papers").GetProperty("nodes")[0].GetProperty("id").GetString()!;

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        if (Directory.Exists(_directory))
        {
            Directory.Delete(_directory, recursive: true);
        }
    }
}
