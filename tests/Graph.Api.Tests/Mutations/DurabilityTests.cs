using System.Collections.Concurrent;
using System.Globalization;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Graph.Api.Security;

namespace Graph.Api.Tests.Mutations;

/// <summary>A mutation that returned success survives a crash of the server process right after.</summary>
public sealed class DurabilityTests : IDisposable
{
    private const string Key = "graph_durability_key";
    private readonly string _directory = Directory.CreateTempSubdirectory("graph-durability-").FullName;

    [Fact]
    public async Task KillDuringStreamOfWrites_EveryAcknowledgedWriteIsThereAfterRestart()
    {
        var ct = TestContext.Current.CancellationToken;
        var environment = new Dictionary<string, string>
        {
            ["GRAPH_DB"] = Path.Combine(_directory, "graph.db"),
            ["Graph__Auth__Keys__0__Name"] = "writer",
            ["Graph__Auth__Keys__0__Sha256"] = ApiKeyHasher.Hash(Key),
            ["Graph__SeedBundledCorpus"] = "false",
            ["Serilog__MinimumLevel__Default"] = "Warning",
        };
        var acknowledged = new ConcurrentBag<string>();

        await using (var server = await ServerProcess.StartAsync(environment, ct))
        {
            using var stop = new CancellationTokenSource();
            var writers = Enumerable.Range(0, 4).Select(w => WriteUntilStoppedAsync(server.BaseAddress, w, acknowledged, stop.Token)).ToList();
            while (acknowledged.Count < 150)
            {
                await Task.Delay(20, ct);
            }

            // Kill while the writers are still sending: some requests are in flight, unacknowledged.
            await server.KillAsync();
            await stop.CancelAsync();
            await Task.WhenAll(writers);
        }

        await using var restarted = await ServerProcess.StartAsync(environment, ct);
        using var client = new HttpClient { BaseAddress = restarted.BaseAddress };
        var stored = new HashSet<string>();
        foreach (var chunk in acknowledged.Chunk(100))
        {
            var query = "{ " + string.Join(' ', chunk.Select((id, i) => $"p{i}: paperByArxivId(arxivId: \"{id}\") {{ arxivId }}")) + " }";
            var response = await client.PostAsJsonAsync("/graphql", new { query }, ct);
            using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync(ct));
            foreach (var paper in body.RootElement.GetProperty("data").EnumerateObject())
            {
                if (paper.Value.ValueKind == JsonValueKind.Object)
                {
                    stored.Add(paper.Value.GetProperty("arxivId").GetString()!);
                }
            }
        }

        Assert.True(acknowledged.Count >= 150);
        Assert.DoesNotContain(acknowledged, id => !stored.Contains(id));
    }

    private static async Task WriteUntilStoppedAsync(Uri server, int writer, ConcurrentBag<string> acknowledged, CancellationToken stop)
    {
        using var client = new HttpClient { BaseAddress = server };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", Key);
        for (var i = 0; !stop.IsCancellationRequested; i++)
        {
            var arxivId = string.Create(CultureInfo.InvariantCulture, $"25{writer + 1:D2}.{i:D5}");
            try
            {
                var response = await client.PostAsJsonAsync("/graphql", new
                {
                    query = "mutation($i: AddPaperInput!) { addPaper(input: $i) { paper { arxivId } errors { code } } }",
                    variables = new { i = new { title = $"Durability paper {arxivId}", arxivId, @abstract = "We apply LoRA and evaluate on MMLU." } },
                }, stop);
                using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync(stop));
                if (body.RootElement.TryGetProperty("data", out var data) &&
                    data.GetProperty("addPaper").GetProperty("paper") is { ValueKind: JsonValueKind.Object } paper)
                {
                    acknowledged.Add(paper.GetProperty("arxivId").GetString()!);
                }
            }
            catch (Exception e) when (e is HttpRequestException or OperationCanceledException or IOException or JsonException)
            {
                // The server died mid-request: this write was never acknowledged.
                return;
            }
        }
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_directory, recursive: true);
    }
}
