using System.Text.Json;
using Graph.Api.Tests.Support;

namespace Graph.Api.Tests.Http;

/// <summary>Runs graphql-http's audits against an endpoint and asserts the outcome.</summary>
internal static class GraphQLHttpAudit
{
    /// <summary>SHOULD audits this server deliberately fails, by id, with the reason (repeated in the README).</summary>
    private static readonly Dictionary<string, string> AllowedShouldFailures = new()
    {
    };

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static async Task RunAsync(Uri endpoint)
    {
        var node = ExternalTools.NodeForAudit;

        var (exitCode, output, error) = await ProcessRunner.RunAsync(
            node,
            ["audit.mjs", endpoint.ToString()],
            ExternalTools.AuditDirectory,
            TimeSpan.FromMinutes(2),
            TestContext.Current.CancellationToken);

        Assert.True(exitCode == 0, $"node audit.mjs exited with {exitCode}:\n{error}\n{output}");
        var audits = JsonSerializer.Deserialize<List<AuditResult>>(output, Json)
            ?? throw new InvalidOperationException("The audit printed no results.");

        // The suite of graphql-http 1.23.1 has 61 audits; far fewer would mean the script broke, not that we passed.
        Assert.True(audits.Count >= 50, $"Only {audits.Count} audits ran.");
        Assert.Contains(audits, audit => audit.Level == "MUST");
        var failures = audits
            .Where(audit => audit.Status != "ok")
            .Where(audit => audit.Level == "MUST" || (audit.Level == "SHOULD" && !AllowedShouldFailures.ContainsKey(audit.Id)))
            .Select(audit => $"{audit.Id} {audit.Name}: {audit.Reason}\n    {audit.Response}")
            .ToList();
        Assert.True(failures.Count == 0, "Audits failed:\n" + string.Join('\n', failures));

        var staleAllowances = AllowedShouldFailures.Keys.Where(id => audits.Any(audit => audit.Id == id && audit.Status == "ok")).ToList();
        Assert.True(staleAllowances.Count == 0, "Allowed failures now pass; remove them: " + string.Join(", ", staleAllowances));
        var log = TestContext.Current.TestOutputHelper;
        log?.WriteLine($"graphql-http audits: {audits.Count(audit => audit.Status == "ok")} of {audits.Count} ok");
        foreach (var audit in audits.Where(audit => audit.Status != "ok"))
        {
            log?.WriteLine($"  not ok ({audit.Level}{(AllowedShouldFailures.TryGetValue(audit.Id, out var why) ? ", allowed: " + why : string.Empty)}): {audit.Id} {audit.Name}: {audit.Reason}");
        }
    }

    private sealed record AuditResult(string Id, string Name, string Level, string Status, string? Reason, JsonElement? Response);
}
