using System.Text.Json;
using Graph.Core.Storage;
using GraphQL;
using GraphQL.Types;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace Graph.Api.Tests.GraphQL;

/// <summary>
/// The real server on a temporary SQLite store, seeded with the bundled corpus at start-up, with a call counter
/// around the store. Shared by the tests of a class; nothing writes to it.
/// </summary>
public class GraphApiFixture : WebApplicationFactory<Program>
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "graph-api-tests", Guid.NewGuid().ToString("N"));

    public CountingGraphStore Counter { get; private set; } = null!;

    public string DatabasePath => Path.Combine(_directory, "graph.db");

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        Directory.CreateDirectory(_directory);
        builder.UseEnvironment("Production");
        builder.UseSetting("Graph:Database", DatabasePath);
        Configure(builder);
        builder.ConfigureTestServices(services =>
        {
            var registered = services.Last(d => d.ServiceType == typeof(IGraphStore));
            services.Remove(registered);
            services.AddSingleton(provider =>
            {
                var (store, counter) = CountingGraphStore.Wrap((IGraphStore)registered.ImplementationFactory!(provider));
                Counter = counter;
                return store;
            });
        });
    }

    /// <summary>Settings a derived fixture adds to the server's.</summary>
    protected virtual void Configure(IWebHostBuilder builder)
    {
    }

    /// <summary>Executes a query against the schema and returns the response as JSON.</summary>
    public async Task<JsonElement> ExecuteAsync(string query, Dictionary<string, object?>? variables = null)
    {
        using var scope = Services.CreateScope();
        var executer = scope.ServiceProvider.GetRequiredService<IDocumentExecuter<ISchema>>();
        var serializer = scope.ServiceProvider.GetRequiredService<IGraphQLTextSerializer>();
        var result = await executer.ExecuteAsync(new ExecutionOptions
        {
            Query = query,
            Variables = variables is null ? null : new Inputs(variables),
            RequestServices = scope.ServiceProvider,
            CancellationToken = TestContext.Current.CancellationToken,
        });
        return JsonDocument.Parse(serializer.Serialize(result)).RootElement.Clone();
    }

    /// <summary>Executes a query that must succeed and returns its <c>data</c>.</summary>
    public async Task<JsonElement> DataAsync(string query, Dictionary<string, object?>? variables = null)
    {
        var response = await ExecuteAsync(query, variables);
        Assert.False(response.TryGetProperty("errors", out var errors), errors.ToString());
        return response.GetProperty("data");
    }

    /// <summary>Executes a query that must fail and returns its first error's code.</summary>
    public async Task<(string? Code, string Message)> ErrorAsync(string query, Dictionary<string, object?>? variables = null)
    {
        var response = await ExecuteAsync(query, variables);
        Assert.True(response.TryGetProperty("errors", out var errors), "expected errors in " + response);
        var error = errors[0];
        var code = error.TryGetProperty("extensions", out var extensions) && extensions.TryGetProperty("code", out var c) ? c.GetString() : null;
        return (code, error.GetProperty("message").GetString()!);
    }

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
