using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Graph.Core.Storage;
using Graph.Storage.Neo4j;

namespace Graph.Storage.Tests.Neo4j;

/// <summary>
/// The store contract on a real Neo4j, when <c>NEO4J_URI</c> (with <c>NEO4J_USER</c> and <c>NEO4J_PASSWORD</c>)
/// names one; otherwise every test reports itself skipped. Each store gets a database of its own, created for
/// the test and dropped after it, so the server needs an edition that can create databases (Enterprise, or the
/// enterprise Docker image with <c>NEO4J_ACCEPT_LICENSE_AGREEMENT=eval</c>).
/// </summary>
[Collection(nameof(Neo4jGraphStoreContractTests))]
[CollectionDefinition(nameof(Neo4jGraphStoreContractTests), DisableParallelization = true)]
public sealed class Neo4jGraphStoreContractTests : GraphStoreContractTests
{
    private static readonly string Run = Guid.NewGuid().ToString("N")[..8];
    private static int _databases;
    private readonly List<string> _created = [];
    private readonly HttpClient _http = new();

    protected override async Task<IGraphStore> CreateStoreAsync()
    {
        var uri = Environment.GetEnvironmentVariable(Neo4jOptions.UriVariable);
        Assert.SkipUnless(!string.IsNullOrWhiteSpace(uri), "set NEO4J_URI to run the contract suite against Neo4j");

        var database = $"graph-contract-{Run}-{Interlocked.Increment(ref _databases)}";
        var options = new Neo4jOptions { Timeout = TimeSpan.FromMinutes(2) };
        options.ApplyEnvironment(Environment.GetEnvironmentVariable);
        options.Database = database;
        await AdministerAsync(options, "CREATE DATABASE $name IF NOT EXISTS WAIT", database);
        _created.Add(database);

        var store = new Neo4jGraphStore(_http, options);
        await store.InitializeAsync(Ct);
        return store;
    }

    public override async ValueTask DisposeAsync()
    {
        var options = new Neo4jOptions();
        options.ApplyEnvironment(Environment.GetEnvironmentVariable);
        foreach (var database in _created)
        {
            await AdministerAsync(options, "DROP DATABASE $name IF EXISTS", database);
        }

        _http.Dispose();
        await base.DisposeAsync();
    }

    /// <summary>Runs an administration command on the system database.</summary>
    private async Task AdministerAsync(Neo4jOptions options, string command, string database)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, options.Uri!.AbsoluteUri.TrimEnd('/') + "/db/system/query/v2")
        {
            Content = new StringContent(
                JsonSerializer.Serialize(new { statement = command, parameters = new { name = database } }), Encoding.UTF8, "application/json"),
        };
        if (!string.IsNullOrEmpty(options.User))
        {
            request.Headers.Authorization = new AuthenticationHeaderValue(
                "Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes(options.User + ":" + options.Password)));
        }

        using var response = await _http.SendAsync(request, CancellationToken.None);
        var body = await response.Content.ReadAsStringAsync(CancellationToken.None);
        Assert.True(
            response.IsSuccessStatusCode && !body.Contains("\"errors\":[{", StringComparison.Ordinal),
            $"'{command}' failed on the system database (HTTP {(int)response.StatusCode}); the contract suite needs an edition that can create databases.");
    }
}
