using System.Net;
using Graph.Api.Http;
using Graph.Api.Tests.Support;

namespace Graph.Api.Tests.Http;

public sealed class GraphCorsTests
{
    private const string AllowedOrigin = "https://app.example.org";

    [Fact]
    public async Task Preflight_ConfiguredOrigin_IsAllowedForPost()
    {
        await using var host = await StartAsync(new() { ["Graph:Cors:Origins:0"] = AllowedOrigin });
        using var client = host.CreateClient();

        var response = await client.SendAsync(Preflight(AllowedOrigin), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        Assert.Equal(AllowedOrigin, Assert.Single(response.Headers.GetValues("Access-Control-Allow-Origin")));
        Assert.Contains("POST", response.Headers.GetValues("Access-Control-Allow-Methods").Single(), StringComparison.Ordinal);
        Assert.Equal("600", Assert.Single(response.Headers.GetValues("Access-Control-Max-Age")));
        Assert.False(response.Headers.Contains("Access-Control-Allow-Credentials"));
    }

    [Fact]
    public async Task Post_ConfiguredOrigin_GetsAllowOriginHeader()
    {
        await using var host = await StartAsync(new() { ["Graph:Cors:Origins:0"] = AllowedOrigin });
        using var client = host.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = new StringContent("""{"query":"{ hello }"}""", System.Text.Encoding.UTF8, "application/json"),
        };
        request.Headers.Add("Origin", AllowedOrigin);

        var response = await client.SendAsync(request, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(AllowedOrigin, Assert.Single(response.Headers.GetValues("Access-Control-Allow-Origin")));
    }

    [Fact]
    public async Task Preflight_OtherOrigin_IsNotAllowed()
    {
        await using var host = await StartAsync(new() { ["Graph:Cors:Origins:0"] = AllowedOrigin });
        using var client = host.CreateClient();

        var response = await client.SendAsync(Preflight("https://evil.example.com"), TestContext.Current.CancellationToken);

        Assert.False(response.Headers.Contains("Access-Control-Allow-Origin"));
    }

    [Fact]
    public async Task Preflight_NoOriginsConfigured_AddsNoCorsHeaders()
    {
        await using var host = await StartAsync([]);
        using var client = host.CreateClient();

        var response = await client.SendAsync(Preflight(AllowedOrigin), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.False(response.Headers.Contains("Access-Control-Allow-Origin"));
    }

    [Theory]
    [InlineData("https://eat.bananacakepop.com")]
    [InlineData("https://nitro.chillicream.com")]
    public async Task Preflight_HostedIdeAllowed_AllowsItsOrigin(string origin)
    {
        await using var host = await StartAsync(new() { ["Graph:Cors:AllowHostedIde"] = "true" });
        using var client = host.CreateClient();

        var response = await client.SendAsync(Preflight(origin), TestContext.Current.CancellationToken);

        Assert.Equal(origin, Assert.Single(response.Headers.GetValues("Access-Control-Allow-Origin")));
        Assert.Contains(origin, GraphCorsOptions.HostedIdeOrigins);
    }

    [Fact]
    public async Task Preflight_CredentialsAllowed_SaysSo()
    {
        await using var host = await StartAsync(new() { ["Graph:Cors:Origins:0"] = AllowedOrigin, ["Graph:Cors:AllowCredentials"] = "true" });
        using var client = host.CreateClient();

        var response = await client.SendAsync(Preflight(AllowedOrigin), TestContext.Current.CancellationToken);

        Assert.Equal("true", Assert.Single(response.Headers.GetValues("Access-Control-Allow-Credentials")));
    }

    private static HttpRequestMessage Preflight(string origin)
    {
        var request = new HttpRequestMessage(HttpMethod.Options, "/graphql");
        request.Headers.Add("Origin", origin);
        request.Headers.Add("Access-Control-Request-Method", "POST");
        request.Headers.Add("Access-Control-Request-Headers", "content-type");
        return request;
    }

    private static Task<GraphTestHost> StartAsync(Dictionary<string, string?> settings) =>
        GraphTestHost.StartAsync(new GraphTestHostOptions { Settings = settings }, TestContext.Current.CancellationToken);
}
