using System.Text.RegularExpressions;
using Graph.Api.Security;

namespace Graph.Cli.Tests;

public class KeyCommandTests
{
    [Fact]
    public async Task KeyNew_PrintsKeyAndItsHash()
    {
        using var cli = new CliRun();

        var (code, output) = await cli.RunAsync("key", "new", "--name", "alice");

        Assert.Equal(ExitCodes.Ok, code);
        var key = Regex.Match(output, @"key:\s+(graph_[0-9a-f]{64})").Groups[1].Value;
        var hash = Regex.Match(output, @"sha256:\s+([0-9a-f]{64})").Groups[1].Value;
        Assert.True(ApiKeyHasher.Matches(key, hash));
        Assert.False(ApiKeyHasher.Matches(key + "x", hash));
        Assert.Contains("\"Name\": \"alice\"", output, StringComparison.Ordinal);
    }
}
