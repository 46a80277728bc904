using Graph.Tests.Shared;

namespace Graph.Cli.Tests;

public class StatsCommandTests
{
    [Fact]
    public async Task Stats_AfterIngest_CountsEveryLabelAndType()
    {
        using var cli = new CliRun();
        await cli.RunAsync("ingest", RepoPaths.BundledCorpus, "--db", cli.Database);

        var (code, output) = await cli.RunAsync("stats", "--db", cli.Database);

        Assert.Equal(ExitCodes.Ok, code);
        Assert.Matches(@"Paper\s*│\s*92\s", output);
        Assert.Matches(@"Organization\s*│\s*1\s", output);
        foreach (var type in new[] { "USES_METHOD", "EVALUATED_ON", "HAS_TOPIC", "USES_MODEL", "VARIANT_OF", "PUBLISHED_BY", "AUTHORED_BY" })
        {
            Assert.Contains(type, output, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Candidates_AfterIngest_ListsAbbreviationDefinitions()
    {
        using var cli = new CliRun();
        await cli.RunAsync("ingest", RepoPaths.BundledCorpus, "--db", cli.Database);

        var (code, output) = await cli.RunAsync("candidates", "--db", cli.Database, "--top", "100");

        Assert.Equal(ExitCodes.Ok, code);
        Assert.Contains("Half Fine-Tuning", output, StringComparison.Ordinal);
        Assert.Contains("HFT", output, StringComparison.Ordinal);
    }
}
