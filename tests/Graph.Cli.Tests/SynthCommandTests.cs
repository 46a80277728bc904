using System.Text.Json;

namespace Graph.Cli.Tests;

public class SynthCommandTests
{
    [Fact]
    public async Task Synth_SameSeed_WritesSameBytes_OtherSeedDiffers()
    {
        using var cli = new CliRun();
        var a = Path.Combine(cli.Root, "a.ndjson");
        var b = Path.Combine(cli.Root, "b.ndjson");
        var c = Path.Combine(cli.Root, "c.ndjson");

        await cli.RunAsync("synth", "--papers", "200", "--seed", "7", "--out", a);
        await cli.RunAsync("synth", "--papers", "200", "--seed", "7", "--out", b);
        await cli.RunAsync("synth", "--papers", "200", "--seed", "8", "--out", c);

        var ct = TestContext.Current.CancellationToken;
        Assert.Equal(await File.ReadAllBytesAsync(a, ct), await File.ReadAllBytesAsync(b, ct));
        Assert.NotEqual(await File.ReadAllBytesAsync(a, ct), await File.ReadAllBytesAsync(c, ct));
    }

    [Fact]
    public async Task Synth_ThenIngest_LoadsEveryPaperWithLinksAndAPopularBenchmark()
    {
        using var cli = new CliRun();
        var corpus = Path.Combine(cli.Root, "synthetic.ndjson");
        await cli.RunAsync("synth", "--papers", "2000", "--seed", "3", "--out", corpus);

        var (code, output) = await cli.RunAsync("ingest", corpus, "--db", cli.Database);

        Assert.Equal(ExitCodes.Ok, code);
        Assert.Contains("Ingested 2000 papers", output, StringComparison.Ordinal);
        var lines = await File.ReadAllLinesAsync(corpus, TestContext.Current.CancellationToken);
        var lengths = lines.Select(l => JsonDocument.Parse(l).RootElement.GetProperty("abstract").GetString()!.Length).ToList();
        Assert.InRange(lengths.Average(), 1300, 1900);

        var export = Path.Combine(cli.Root, "graph.json");
        await cli.RunAsync("export", "--db", cli.Database, "--format", "json", "--out", export);
        using var graph = JsonDocument.Parse(await File.ReadAllTextAsync(export, TestContext.Current.CancellationToken));
        var datasetCounts = graph.RootElement.GetProperty("papers").EnumerateArray()
            .SelectMany(p => p.GetProperty("datasets").EnumerateArray().Select(d => d.GetProperty("name").GetString()))
            .GroupBy(n => n).Select(g => g.Count()).OrderDescending().ToList();
        Assert.True(datasetCounts[0] > 100, $"the most popular dataset is in {datasetCounts[0]} papers");
        Assert.True(datasetCounts.Count(c => c <= 3) > datasetCounts.Count / 3, "a long tail of rarely used datasets");
    }
}
