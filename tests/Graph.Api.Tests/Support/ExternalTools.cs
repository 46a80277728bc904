using Graph.Tests.Shared;

namespace Graph.Api.Tests.Support;

/// <summary>
/// The programs and packages outside .NET that the audit and browser tests need. Missing ones fail the test with
/// the command that installs them: CI runs .ci/install-test-deps.sh, so a gap here is a broken machine, not a skip.
/// </summary>
public static class ExternalTools
{
    private const string InstallHint = "Run .ci/install-test-deps.sh (as root) to install the test dependencies.";

    public static string AuditDirectory => Path.Combine(RepoPaths.Root, "tests", "Graph.Api.Tests", "Http", "audit");

    /// <summary>Debian's Chromium, or CHROMIUM_PATH when set.</summary>
    public static string Chromium
    {
        get
        {
            var path = Environment.GetEnvironmentVariable("CHROMIUM_PATH") is { Length: > 0 } configured ? configured : "/usr/bin/chromium";
            return File.Exists(path)
                ? path
                : throw new InvalidOperationException($"Chromium was not found at {path}. {InstallHint}");
        }
    }

    /// <summary>The Explorer's sources, where its npm scripts run.</summary>
    public static string ExplorerDirectory => Path.Combine(RepoPaths.Root, "src", "Graph.Explorer");

    /// <summary>npm from PATH, with the Explorer's packages installed (the Graph.Api build runs <c>npm ci</c> there).</summary>
    public static string NpmForExplorer
    {
        get
        {
            var npm = FindOnPath("npm")
                ?? throw new InvalidOperationException($"npm was not found on PATH. {InstallHint}");
            var vitest = Path.Combine(ExplorerDirectory, "node_modules", "vitest", "package.json");
            return File.Exists(vitest)
                ? npm
                : throw new InvalidOperationException(
                    $"The Explorer's npm packages are missing ({vitest}); build Graph.Api with npm on PATH, or run 'npm ci' in {ExplorerDirectory}.");
        }
    }

    /// <summary>Node.js from PATH, with the audit script's packages installed.</summary>
    public static string NodeForAudit
    {
        get
        {
            var node = FindOnPath("node")
                ?? throw new InvalidOperationException($"node was not found on PATH. {InstallHint}");
            var graphqlHttp = Path.Combine(AuditDirectory, "node_modules", "graphql-http", "package.json");
            return File.Exists(graphqlHttp)
                ? node
                : throw new InvalidOperationException(
                    $"The audit's npm packages are missing ({graphqlHttp}); run 'npm ci' in {AuditDirectory}. {InstallHint}");
        }
    }

    private static string? FindOnPath(string program) =>
        (Environment.GetEnvironmentVariable("PATH") ?? string.Empty)
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(directory => Path.Combine(directory, program))
            .FirstOrDefault(File.Exists);
}
