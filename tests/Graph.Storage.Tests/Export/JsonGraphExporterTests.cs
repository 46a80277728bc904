using System.Text.Json;
using Graph.Core.Curation;
using Graph.Core.Domain;
using Graph.Storage.Export;
using Graph.Storage.Sqlite;
using Graph.Storage.Tests.Sqlite;
using static Graph.Storage.Tests.ContractFixtureGraph;

namespace Graph.Storage.Tests.Export;

/// <summary>The JSON export of curated links (docs/export-format.md), over a real store.</summary>
public sealed class JsonGraphExporterTests : IDisposable
{
    private readonly TemporaryDirectory _directory = new();
    private readonly SqliteGraphStore _store;

    public JsonGraphExporterTests() =>
        _store = new SqliteGraphStore(new SqliteOptions { DatabasePath = _directory.NewFile() });

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public void Dispose()
    {
        _store.Dispose();
        _directory.Dispose();
    }

    [Fact]
    public async Task WriteAsync_CuratedAndExtractedLinks_MarksOnlyTheCuratedOnes()
    {
        await _store.InitializeAsync(Ct);
        await _store.WriteAsync(Batch, cancellationToken: Ct);
        await _store.ApplyAsync(
            new LinkPaper(new Mention(P12, Bert, EntityKind.Model, [])),
            new ChangeContext("ada", DateTimeOffset.UnixEpoch, "link BERT"),
            Ct);
        using var output = new MemoryStream();

        await JsonGraphExporter.WriteAsync(_store, output, Ct);

        using var json = JsonDocument.Parse(output.ToArray());
        var papers = json.RootElement.GetProperty("papers").EnumerateArray().ToDictionary(p => p.GetProperty("id").GetString()!);
        Assert.Equal(
            """[{"name":"BERT","id":"model:bert","curated":true,"evidence":[]}]""",
            JsonSerializer.Serialize(papers[P12].GetProperty("models")));
        var extracted = papers.Values
            .Where(p => p.GetProperty("id").GetString() != P12)
            .SelectMany(p => Enum.GetValues<EntityKind>().SelectMany(k => p.GetProperty(JsonGraphExporter.PluralName(k)).EnumerateArray()))
            .ToList();
        Assert.Equal(35, extracted.Count);
        Assert.All(extracted, link => Assert.False(link.TryGetProperty("curated", out _)));
    }
}
