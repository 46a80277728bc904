using System.Text.Json;
using Graph.Tests.Shared;

namespace Graph.Cli.Tests;

public class IngestCommandTests
{
    [Fact]
    public async Task Ingest_BundledCorpus_PrintsOneLineSummary()
    {
        using var cli = new CliRun();

        var (code, output) = await cli.RunAsync("ingest", RepoPaths.BundledCorpus, "--db", cli.Database, "--year", "2025");

        Assert.Equal(ExitCodes.Ok, code);
        var summary = Assert.Single(output.Split('\n'), l => l.StartsWith("Ingested", StringComparison.Ordinal));
        Assert.Matches(@"^Ingested 92 papers from 1 file\(s\): links \d+ method, \d+ dataset, \d+ topic, \d+ model; \d+ candidate terms; \d+ negated mentions skipped; [\d.]+ s\.", summary);
    }

    [Fact]
    public async Task Ingest_SameCorpusTwice_GivesSameGraph()
    {
        using var cli = new CliRun();
        await cli.RunAsync("ingest", RepoPaths.BundledCorpus, "--db", cli.Database);
        var first = await ExportAsync(cli, "first.json");

        var (code, _) = await cli.RunAsync("ingest", RepoPaths.BundledCorpus, "--db", cli.Database);
        var second = await ExportAsync(cli, "second.json");

        Assert.Equal(ExitCodes.Ok, code);
        Assert.Equal(first, second);
        Assert.Equal(92, JsonDocument.Parse(second).RootElement.GetProperty("papers").GetArrayLength());
    }

    [Fact]
    public async Task Ingest_OneBadFileAmongGood_ExitsWithBadInputAndWritesNothing()
    {
        using var cli = new CliRun();
        var good = cli.WriteFile("good.ndjson", "{\"title\":\"LoRA for all\",\"abstract\":\"We fine-tune with LoRA on MMLU.\"}\n");
        var bad = cli.WriteFile("bad.ndjson", "{\"title\":\"One\"}\n{\"title\":\"Two\",\"abs");

        var (code, output) = await cli.RunAsync("ingest", good, bad, "--db", cli.Database);

        Assert.Equal(ExitCodes.BadInput, code);
        Assert.Contains("bad.ndjson:2:", output, StringComparison.Ordinal);
        var (_, stats) = await cli.RunAsync("stats", "--db", cli.Database);
        Assert.Matches(@"Paper\s*│\s*0\s", stats);
    }

    [Fact]
    public async Task Ingest_UnknownFormat_ExitsWithBadInputNamingFile()
    {
        using var cli = new CliRun();
        var letter = cli.WriteFile("letter.txt", "Dear colleagues,\nplease find the minutes attached.\n");

        var (code, output) = await cli.RunAsync("ingest", letter, "--db", cli.Database);

        Assert.Equal(ExitCodes.BadInput, code);
        Assert.Contains("letter.txt: unknown format", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ingest_YearOutOfRange_IsAUsageError()
    {
        using var cli = new CliRun();

        var (code, output) = await cli.RunAsync("ingest", RepoPaths.BundledCorpus, "--db", cli.Database, "--year", "25");

        Assert.NotEqual(ExitCodes.Ok, code);
        Assert.Contains("--year", output, StringComparison.Ordinal);
    }

    private static async Task<string> ExportAsync(CliRun cli, string name)
    {
        var path = Path.Combine(cli.Root, name);
        var (code, _) = await cli.RunAsync("export", "--db", cli.Database, "--format", "json", "--out", path);
        Assert.Equal(ExitCodes.Ok, code);
        return await File.ReadAllTextAsync(path, TestContext.Current.CancellationToken);
    }
}
