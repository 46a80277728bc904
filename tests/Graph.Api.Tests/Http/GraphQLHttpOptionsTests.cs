using Graph.Api.Tests.Support;
using Microsoft.Extensions.Options;

namespace Graph.Api.Tests.Http;

public sealed class GraphQLHttpOptionsTests
{
    [Theory]
    [InlineData("Graph:Http:MaxRequestBytes", "0", "MaxRequestBytes")]
    [InlineData("Graph:Http:MaxRequestBytes", "1099511627776", "MaxRequestBytes")]
    [InlineData("Graph:Http:MaxQueryLength", "-1", "MaxQueryLength")]
    [InlineData("Graph:Http:MaxJsonDepth", "1", "MaxJsonDepth")]
    [InlineData("Graph:Http:BodyReadTimeout", "00:00:00", "BodyReadTimeout")]
    [InlineData("Graph:Cors:Origins:0", "https://example.org/", "Origins")]
    [InlineData("Graph:Cors:Origins:0", "example.org", "Origins")]
    [InlineData("Graph:Cors:Origins:0", "ftp://example.org", "Origins")]
    [InlineData("Graph:Ide:Title", " ", "Title")]
    public async Task StartAsync_InvalidSetting_FailsAtStartup(string key, string value, string named)
    {
        var error = await Assert.ThrowsAsync<OptionsValidationException>(() =>
            GraphTestHost.StartAsync(new GraphTestHostOptions { Settings = new() { [key] = value } }, TestContext.Current.CancellationToken));

        Assert.Contains(named, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task StartAsync_WildcardOriginWithCredentials_FailsAtStartup()
    {
        var error = await Assert.ThrowsAsync<OptionsValidationException>(() =>
            GraphTestHost.StartAsync(
                new GraphTestHostOptions { Settings = new() { ["Graph:Cors:Origins:0"] = "*", ["Graph:Cors:AllowCredentials"] = "true" } },
                TestContext.Current.CancellationToken));

        Assert.Contains("AllowCredentials", error.Message, StringComparison.Ordinal);
    }
}
