using System.Diagnostics;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Graph.Storage.Cypher;
using Graph.Storage.Neo4j;
using Graph.Tests.Shared;

namespace Graph.Storage.Tests.Neo4j;

/// <summary>
/// Lints every Cypher statement with Neo4j's own linter (<c>@neo4j-cypher/language-support</c>, run by
/// <c>Neo4j/lint/lint.mjs</c> on Node): each file of <c>cypher/</c> without placeholders, with the parameters its
/// header documents, and every statement the store generates (the <see cref="Neo4jStatementTour"/>), with the
/// parameters it sends. The graph model's labels, relationship types and property keys are the schema, so a typo
/// in any of them, or an undeclared parameter, fails the test.
/// </summary>
/// <remarks>Needs Node.js 20+ and the linter's packages (<c>tests/Graph.Storage.Tests/Neo4j/lint/install.sh</c>);
/// without them the test fails, it does not skip.</remarks>
public sealed partial class Neo4jCypherLintTests
{
    private static readonly string LintDirectory = Path.Combine(RepoPaths.Root, "tests", "Graph.Storage.Tests", "Neo4j", "lint");

    [Fact]
    public async Task EveryStatement_Neo4jLinter_ReportsNoProblem()
    {
        var ct = TestContext.Current.CancellationToken;
        var statements = new JsonArray();
        var covered = new HashSet<string>(StringComparer.Ordinal);
        foreach (var file in Directory.EnumerateFiles(Path.Combine(RepoPaths.Root, "cypher"), "*.cypher", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var name = Path.GetRelativePath(Path.Combine(RepoPaths.Root, "cypher"), file)[..^".cypher".Length].Replace('\\', '/');
            var text = CypherCatalog.Get(name);
            if (Placeholder().IsMatch(text))
            {
                continue;
            }

            var header = string.Join('\n', (await File.ReadAllLinesAsync(file, ct)).TakeWhile(l => l.TrimStart().StartsWith("//", StringComparison.Ordinal)));
            var declared = ParameterName().Matches(header).Select(m => m.Groups[1].Value).Distinct(StringComparer.Ordinal);
            statements.Add(Statement(name, text, declared));
            covered.Add(name);
        }

        var generated = new HashSet<string>(StringComparer.Ordinal);
        foreach (var request in await Neo4jStatementTour.RunAsync(ct))
        {
            // The tour sends many statements more than once; each distinct one is linted once.
            if (!generated.Add(request.Statement!))
            {
                continue;
            }

            var name = Neo4jTestData.NameOf(request.Statement!);
            var parameters = JsonNode.Parse(request.Parameters)!.AsObject().Select(p => p.Key);
            statements.Add(Statement("generated " + name, request.Statement!, parameters));
            covered.Add(name);
        }

        // Every statement the catalogue holds is linted, as a file or as the store fills it in.
        Assert.Empty(CypherCatalog.Names.Except(covered));

        var dump = new JsonObject
        {
            ["labels"] = Strings(Neo4jGraphModel.Labels),
            ["relationshipTypes"] = Strings(Neo4jGraphModel.RelationshipTypes),
            ["propertyKeys"] = Strings(Neo4jGraphModel.PropertyKeys),
            ["procedures"] = JsonNode.Parse(Procedures),
            ["statements"] = statements,
        };
        var path = Path.Combine(Path.GetTempPath(), $"graph-cypher-lint-{Guid.NewGuid():N}.json");
        await File.WriteAllTextAsync(path, dump.ToJsonString(new JsonSerializerOptions { WriteIndented = true }), ct);
        try
        {
            var (exitCode, output) = await RunLinterAsync(path, ct);
            Assert.True(exitCode == 0, $"Neo4j's linter found problems (exit {exitCode}):\n{output}");
            Assert.Contains($"lint: {statements.Count} passed, 0 failed", output, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }

    private static async Task<(int ExitCode, string Output)> RunLinterAsync(string dump, CancellationToken ct)
    {
        if (!File.Exists(Path.Combine(LintDirectory, "node_modules", "@neo4j-cypher", "language-support", "package.json")))
        {
            Assert.Fail($"The Cypher linter is not installed: run {Path.Combine(LintDirectory, "install.sh")} (needs Node.js 20+ and npm).");
        }

        var start = new ProcessStartInfo("node")
        {
            WorkingDirectory = LintDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.ArgumentList.Add("lint.mjs");
        start.ArgumentList.Add(dump);
        Process process;
        try
        {
            process = Process.Start(start) ?? throw new InvalidOperationException("node did not start.");
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            Assert.Fail($"Node.js is needed to lint Cypher and was not found on PATH ({e.Message}); install Node.js 20+.");
            throw;
        }

        using (process)
        {
            var stdout = process.StandardOutput.ReadToEndAsync(ct);
            var stderr = process.StandardError.ReadToEndAsync(ct);
            await process.WaitForExitAsync(ct);
            return (process.ExitCode, await stdout + await stderr);
        }
    }

    private static JsonObject Statement(string name, string text, IEnumerable<string> parameters) => new()
    {
        ["name"] = name,
        ["text"] = text,
        ["parameters"] = Strings(parameters),
    };

    private static JsonArray Strings(IEnumerable<string> values) => new(values.Select(v => (JsonNode?)JsonValue.Create(v)).ToArray());

    /// <summary>The built-in procedures the statements call, with their documented signatures.</summary>
    private const string Procedures = """
        [
          { "name": "db.index.fulltext.queryNodes", "mode": "READ",
            "signature": "db.index.fulltext.queryNodes(indexName :: STRING, queryString :: STRING, options = {} :: MAP) :: (node :: NODE, score :: FLOAT)",
            "arguments": [ { "name": "indexName", "type": "STRING" }, { "name": "queryString", "type": "STRING" },
                           { "name": "options", "type": "MAP", "default": "DefaultParameterValue{value={}, type=MAP}" } ],
            "returns": [ { "name": "node", "type": "NODE" }, { "name": "score", "type": "FLOAT" } ] },
          { "name": "db.awaitIndexes", "mode": "READ",
            "signature": "db.awaitIndexes(timeOutSeconds = 300 :: INTEGER)",
            "arguments": [ { "name": "timeOutSeconds", "type": "INTEGER", "default": "DefaultParameterValue{value=300, type=INTEGER}" } ],
            "returns": [] }
        ]
        """;

    [GeneratedRegex("__[A-Z]+__")]
    private static partial Regex Placeholder();

    [GeneratedRegex(@"\$([A-Za-z_][A-Za-z0-9_]*)")]
    private static partial Regex ParameterName();
}
