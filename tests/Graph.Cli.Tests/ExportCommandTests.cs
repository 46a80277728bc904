using System.Text.Json;
using Graph.Tests.Shared;

namespace Graph.Cli.Tests;

public class ExportCommandTests
{
    [Fact]
    public async Task Export_Json_HasDocumentedShapeWithCanonicalNamesAndEvidence()
    {
        using var cli = new CliRun();
        var listing = cli.WriteFile("papers.ndjson",
            "{\"title\":\"Tuning with QLoRA\",\"abstract\":\"We apply Quantized LoRA and report MMLU.\",\"arxivId\":\"2305.14314\",\"publishedOn\":\"2023-05-23\",\"authors\":[\"Tim Dettmers\"]}\n");
        await cli.RunAsync("ingest", listing, "--db", cli.Database);
        var path = Path.Combine(cli.Root, "graph.json");

        var (code, _) = await cli.RunAsync("export", "--db", cli.Database, "--format", "json", "--out", path);

        Assert.Equal(ExitCodes.Ok, code);
        using var json = JsonDocument.Parse(await File.ReadAllTextAsync(path, TestContext.Current.CancellationToken));
        var root = json.RootElement;
        var paper = Assert.Single(root.GetProperty("papers").EnumerateArray());
        Assert.Equal("arxiv:2305.14314", paper.GetProperty("id").GetString());
        Assert.Equal("2023-05-23", paper.GetProperty("publishedOn").GetString());
        Assert.Equal(["Tim Dettmers"], paper.GetProperty("authors").EnumerateArray().Select(a => a.GetString()));
        var method = Assert.Single(paper.GetProperty("methods").EnumerateArray(), m => m.GetProperty("name").GetString() == "QLoRA");
        var evidence = method.GetProperty("evidence").EnumerateArray().Select(e => e.GetProperty("text").GetString()).ToList();
        Assert.Contains("QLoRA", evidence);
        Assert.Contains(paper.GetProperty("datasets").EnumerateArray(), d => d.GetProperty("name").GetString() == "MMLU");
        var qlora = Assert.Single(root.GetProperty("methods").EnumerateArray(), m => m.GetProperty("name").GetString() == "QLoRA");
        Assert.Equal("LoRA", qlora.GetProperty("parent").GetString());
        Assert.True(root.GetProperty("datasets").GetArrayLength() > 300);
        Assert.Equal(JsonValueKind.Array, root.GetProperty("topics").ValueKind);
    }

    [Fact]
    public async Task Export_Cypher_MergesEveryNodeAndIsParameterFree()
    {
        using var cli = new CliRun();
        await cli.RunAsync("ingest", RepoPaths.BundledCorpus, "--db", cli.Database);
        var path = Path.Combine(cli.Root, "graph.cypher");

        var (code, _) = await cli.RunAsync("export", "--db", cli.Database, "--format", "cypher", "--out", path);

        Assert.Equal(ExitCodes.Ok, code);
        var script = await File.ReadAllTextAsync(path, TestContext.Current.CancellationToken);
        Assert.Contains("CREATE CONSTRAINT paper_id IF NOT EXISTS FOR (n:Paper) REQUIRE n.id IS UNIQUE;", script, StringComparison.Ordinal);
        Assert.Contains("MERGE (p:Paper {id: row.id})", script, StringComparison.Ordinal);
        Assert.Contains("MERGE (p)-[r:EVALUATED_ON]->(e)", script, StringComparison.Ordinal);
        Assert.DoesNotContain("$rows", script, StringComparison.Ordinal);
        Assert.DoesNotContain("__LABEL__", script, StringComparison.Ordinal);
        Assert.Equal(92, CountOccurrences(script, "{id: 'title:"));
    }

    [Fact]
    public async Task Export_Csv_WritesNeo4jAdminFilesAndImportScript()
    {
        using var cli = new CliRun();
        await cli.RunAsync("ingest", RepoPaths.BundledCorpus, "--db", cli.Database);
        var directory = Path.Combine(cli.Root, "csv");

        var (code, _) = await cli.RunAsync("export", "--db", cli.Database, "--format", "csv", "--out", directory);

        Assert.Equal(ExitCodes.Ok, code);
        var papers = await File.ReadAllLinesAsync(Path.Combine(directory, "papers.csv"), TestContext.Current.CancellationToken);
        Assert.Equal("id:ID,title,abstract,publishedOn:date,authorCount:int,upvotes:int,arxivId,organization,:LABEL", papers[0]);
        Assert.Equal(93, papers.Length);
        var import = await File.ReadAllTextAsync(Path.Combine(directory, "import.sh"), TestContext.Current.CancellationToken);
        Assert.Contains("neo4j-admin database import full", import, StringComparison.Ordinal);
        Assert.Contains("--relationships=mentions.csv", import, StringComparison.Ordinal);
        Assert.Contains("--nodes=methods.csv", import, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Export_CsvWithoutOut_IsAUsageError()
    {
        using var cli = new CliRun();

        var (code, output) = await cli.RunAsync("export", "--db", cli.Database, "--format", "csv");

        Assert.NotEqual(ExitCodes.Ok, code);
        Assert.Contains("--out", output, StringComparison.Ordinal);
    }

    private static int CountOccurrences(string text, string value)
    {
        var count = 0;
        for (var at = text.IndexOf(value, StringComparison.Ordinal); at >= 0; at = text.IndexOf(value, at + 1, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }
}
