using System.Text.Json;
using Graph.Core.Curation;
using Graph.Core.Domain;
using Graph.Storage.Sqlite;
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
    public async Task Ingest_AgainAfterACuratorUnlinkedALink_LeavesTheLinkOut()
    {
        using var cli = new CliRun();
        var listing = cli.WriteFile("one.ndjson", "{\"title\":\"LoRA for all\",\"abstract\":\"We fine-tune with LoRA on MMLU.\"}\n");
        await cli.RunAsync("ingest", listing, "--db", cli.Database);
        var before = await ExportAsync(cli, "before.json");
        using (var store = new SqliteGraphStore(new SqliteOptions { DatabasePath = cli.Database }))
        {
            await store.ApplyAsync(
                new UnlinkPaper(GraphIds.ForPaper(null, "LoRA for all"), GraphIds.ForEntity(EntityKind.Dataset, "MMLU")),
                new ChangeContext("ada", DateTimeOffset.UtcNow, "not about MMLU"),
                TestContext.Current.CancellationToken);
        }

        var (code, _) = await cli.RunAsync("ingest", listing, "--db", cli.Database);
        var after = await ExportAsync(cli, "after.json");

        Assert.Equal(ExitCodes.Ok, code);
        Assert.Equal(["MMLU"], DatasetsOfOnlyPaper(before));
        Assert.Empty(DatasetsOfOnlyPaper(after));
        Assert.Equal(MethodsOfOnlyPaper(before), MethodsOfOnlyPaper(after));
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

    [Fact]
    public async Task Ingest_SamePaperTwiceInAFile_KeepsOneAndSaysSo()
    {
        using var cli = new CliRun();
        const string line = "{\"title\":\"LoRA for all\",\"abstract\":\"We fine-tune with LoRA on MMLU.\"}";
        var file = cli.WriteFile("dup.ndjson", $"{line}\n{{\"title\":\"Other\",\"abstract\":\"MoE.\"}}\n{line}\n");

        var (code, output) = await cli.RunAsync("ingest", file, "--db", cli.Database);

        Assert.Equal(ExitCodes.Ok, code);
        Assert.Contains("dup.ndjson: 1 entries listed a paper a second time, identically; each was kept once.", output, StringComparison.Ordinal);
        Assert.Contains("Ingested 2 papers", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ingest_SamePaperDifferentlyInAFile_ExitsWithBadInputNamingBothLines()
    {
        using var cli = new CliRun();
        var file = cli.WriteFile("dup.ndjson", "{\"title\":\"One\",\"abstract\":\"A.\"}\n{\"title\":\"Two\"}\n{\"title\":\"one!\",\"abstract\":\"B.\"}\n");

        var (code, output) = await cli.RunAsync("ingest", file, "--db", cli.Database);

        Assert.Equal(ExitCodes.BadInput, code);
        Assert.Contains("dup.ndjson:3: this entry is the same paper as line 1", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ingest_SamePaperDifferentlyInTwoFiles_ExitsWithBadInputAndWritesNothing()
    {
        using var cli = new CliRun();
        var first = cli.WriteFile("first.ndjson", "{\"title\":\"One\",\"abstract\":\"A.\"}\n");
        var second = cli.WriteFile("second.ndjson", "{\"title\":\"Two\"}\n{\"title\":\"One\",\"abstract\":\"B.\"}\n");

        var (code, output) = await cli.RunAsync("ingest", first, second, "--db", cli.Database);

        Assert.Equal(ExitCodes.BadInput, code);
        Assert.Contains("second.ndjson:2: this paper ('title:", output, StringComparison.Ordinal);
        Assert.Contains("is also listed, differently, in " + first + " line 1.", output, StringComparison.Ordinal);
        var (_, stats) = await cli.RunAsync("stats", "--db", cli.Database);
        Assert.Matches(@"Paper\s*│\s*0\s", stats);
    }

    [Fact]
    public async Task Ingest_CorpusLargeEnoughForABulkLoad_GivesTheSameGraphAsSmallLoads()
    {
        using var cli = new CliRun();
        var corpus = Path.Combine(cli.Root, "synthetic.ndjson");
        await cli.RunAsync("synth", "--papers", "21000", "--seed", "5", "--out", corpus);
        var lines = await File.ReadAllLinesAsync(corpus, TestContext.Current.CancellationToken);
        var halves = new[] { lines[..10_500], lines[10_500..] }
            .Select((half, i) => cli.WriteFile($"half{i}.ndjson", string.Join('\n', half) + "\n"))
            .ToList();
        var smallDatabase = Path.Combine(cli.Root, "small.db");

        var (bulkCode, _) = await cli.RunAsync("ingest", corpus, "--db", cli.Database);
        var bulk = await ExportAsync(cli, "bulk.json");
        await cli.RunAsync("ingest", halves[0], "--db", smallDatabase);
        await cli.RunAsync("ingest", halves[1], "--db", smallDatabase);

        // The store holds as many papers as the load brings, so the second load is a bulk load too.
        var (againCode, _) = await cli.RunAsync("ingest", corpus, "--db", cli.Database);

        Assert.Equal(ExitCodes.Ok, bulkCode);
        Assert.Equal(ExitCodes.Ok, againCode);
        Assert.Equal(await ExportAsync(cli, "small.json", smallDatabase), bulk);
        Assert.Equal(bulk, await ExportAsync(cli, "again.json"));
    }

    [Fact]
    public async Task Ingest_SameNdjsonCorpusTwice_GivesSameGraph()
    {
        using var cli = new CliRun();
        var corpus = Path.Combine(cli.Root, "synthetic.ndjson");
        await cli.RunAsync("synth", "--papers", "300", "--seed", "9", "--out", corpus);
        await cli.RunAsync("ingest", corpus, "--db", cli.Database);
        var first = await ExportAsync(cli, "first.json");

        var (code, output) = await cli.RunAsync("ingest", corpus, "--db", cli.Database);
        var second = await ExportAsync(cli, "second.json");

        Assert.Equal(ExitCodes.Ok, code);
        Assert.Contains("Ingested 300 papers from 1 file(s)", output, StringComparison.Ordinal);
        Assert.Equal(first, second);
    }

    [Fact]
    public async Task Ingest_NdjsonNotUtf8_ExitsWithBadInputNamingFileAndWritesNothing()
    {
        using var cli = new CliRun();
        var good = cli.WriteFile("good.ndjson", "{\"title\":\"LoRA for all\",\"abstract\":\"We fine-tune with LoRA on MMLU.\"}\n");
        var latin1 = Path.Combine(cli.Root, "latin1.ndjson");
        await File.WriteAllBytesAsync(latin1, System.Text.Encoding.Latin1.GetBytes("{\"title\":\"Caf\u00e9 papers\"}\n"), TestContext.Current.CancellationToken);

        var (code, output) = await cli.RunAsync("ingest", good, latin1, "--db", cli.Database);

        Assert.Equal(ExitCodes.BadInput, code);
        Assert.Contains("latin1.ndjson: the file is not UTF-8 text", output, StringComparison.Ordinal);
        var (_, stats) = await cli.RunAsync("stats", "--db", cli.Database);
        Assert.Matches(@"Paper\s*│\s*0\s", stats);
    }

    private static async Task<string> ExportAsync(CliRun cli, string name)
        => await ExportAsync(cli, name, cli.Database);

    private static List<string?> DatasetsOfOnlyPaper(string export) => LinksOfOnlyPaper(export, "datasets");

    private static List<string?> MethodsOfOnlyPaper(string export) => LinksOfOnlyPaper(export, "methods");

    private static List<string?> LinksOfOnlyPaper(string export, string kinds) =>
        Assert.Single(JsonDocument.Parse(export).RootElement.GetProperty("papers").EnumerateArray())
            .GetProperty(kinds).EnumerateArray().Select(link => link.GetProperty("name").GetString()).ToList();

    private static async Task<string> ExportAsync(CliRun cli, string name, string database)
    {
        var path = Path.Combine(cli.Root, name);
        var (code, _) = await cli.RunAsync("export", "--db", database, "--format", "json", "--out", path);
        Assert.Equal(ExitCodes.Ok, code);
        return await File.ReadAllTextAsync(path, TestContext.Current.CancellationToken);
    }
}
