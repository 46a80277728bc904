using System.Text.Json;
using Graph.Api.Tests.Support;

namespace Graph.Api.Tests.Explorer;

/// <summary>
/// The Explorer's own unit tests (Vitest: mention highlighting, snippets, facets, trends, routes, the network model),
/// run through npm so that `dotnet test` runs them too. Without npm or the Explorer's packages this fails, with
/// the command that fixes it; it never skips.
/// </summary>
public sealed class ExplorerUnitTests
{
    [Fact]
    public async Task Vitest_ExplorerUnitTests_AllPass()
    {
        var npm = ExternalTools.NpmForExplorer;
        var report = Path.Combine(Path.GetTempPath(), $"graph-explorer-vitest-{Guid.NewGuid():N}.json");
        try
        {
            var (exitCode, output, error) = await ProcessRunner.RunAsync(
                npm,
                ["test", "--", "--reporter=default", "--reporter=json", "--outputFile.json=" + report],
                ExternalTools.ExplorerDirectory,
                TimeSpan.FromMinutes(5),
                TestContext.Current.CancellationToken);
            TestContext.Current.TestOutputHelper?.WriteLine(output);

            Assert.True(exitCode == 0, $"npm test exited with {exitCode}:\n{output}\n{error}");
            using var json = JsonDocument.Parse(await File.ReadAllTextAsync(report, TestContext.Current.CancellationToken));
            var root = json.RootElement;
            Assert.Equal(0, root.GetProperty("numFailedTests").GetInt32());
            // A glob that stopped matching would make an empty run look green.
            Assert.True(root.GetProperty("numPassedTests").GetInt32() >= 40, $"Only {root.GetProperty("numPassedTests").GetInt32()} Vitest tests ran.");
            var highlighting = root.GetProperty("testResults").EnumerateArray()
                .Single(file => file.GetProperty("name").GetString()!.EndsWith("mentions/highlight.test.ts", StringComparison.Ordinal));
            var assertions = highlighting.GetProperty("assertionResults").EnumerateArray().ToList();
            Assert.True(assertions.Count >= 10, $"Only {assertions.Count} mention-highlighting tests ran.");
            Assert.All(assertions, a => Assert.Equal("passed", a.GetProperty("status").GetString()));
        }
        finally
        {
            File.Delete(report);
        }
    }
}
