using System.Net;
using System.Text.RegularExpressions;
using Graph.Api.Ide;
using Graph.Api.Tests.Support;
using Microsoft.Extensions.Logging;

namespace Graph.Api.Tests.Ide;

public sealed partial class BananaCakePopTests(GraphTestHostFixture fixture) : IClassFixture<GraphTestHostFixture>
{
    private const string BrowserAccept = "text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,*/*;q=0.8";

    private readonly HttpClient _client = fixture.Host.CreateClient();

    [Fact]
    public void Build_InstalledIdeFiles_IntoOutput()
    {
        // The build installs the IDE with npm; without npm it only prints a message, so this is where it must show.
        var folder = Path.Combine(AppContext.BaseDirectory, BananaCakePopOptions.DefaultAssetsFolder);

        Assert.True(File.Exists(Path.Combine(folder, "index.html")), $"Banana Cake Pop is not in {folder}; was npm on PATH when Graph.Api was built?");
        Assert.True(File.Exists(Path.Combine(folder, "LICENSE")));
        Assert.NotEmpty(Directory.GetFiles(Path.Combine(folder, "static", "js"), "main.*.js"));
        Assert.False(File.Exists(Path.Combine(folder, "package.json")));
    }

    [Fact]
    public async Task Get_EndpointFromBrowser_RedirectsToIdePage()
    {
        var response = await _client.GetGraphQLAsync(string.Empty, BrowserAccept, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Found, response.StatusCode);
        Assert.Equal("/graphql/", response.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task Get_EndpointFromBrowserWithQuery_ExecutesQueryInstead()
    {
        var response = await _client.GetGraphQLAsync(
            GraphQLHttpClientExtensions.Query(("query", "{ hello }")), BrowserAccept, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
    }

    [Theory]
    [InlineData("/graphql/")]
    [InlineData("/graphql/index.html")]
    public async Task Get_IdePage_ServesIndexWithoutLongCaching(string path)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.TryAddWithoutValidation("Accept", BrowserAccept);

        var response = await _client.SendAsync(request, TestContext.Current.CancellationToken);
        var html = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("no-cache", response.Headers.CacheControl?.ToString());
        Assert.Contains("<div id=\"root\">", html, StringComparison.Ordinal);
        Assert.Contains("<title>Banana Cake Pop</title>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_IdePageWithoutHtmlAccept_IsGraphQLRequest()
    {
        // Routing matches the endpoint with a trailing slash too, so only browsers get the page there.
        var response = await _client.GetAsync(new Uri("/graphql/?query=%7B%20hello%20%7D", UriKind.Relative), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("""{"data":{"hello":"Hello, world!"}}""", await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task Get_Config_PointsIdeAtEndpointWithoutTelemetry()
    {
        var response = await _client.GetAsync(new Uri("/graphql/bcp-config.json", UriKind.Relative), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("no-cache", response.Headers.CacheControl?.ToString());
        Assert.Equal(
            """{"useBrowserUrlAsEndpoint":true,"title":"Graph","disableTelemetry":true,"includeCookies":false,"useGet":false}""",
            await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
    }

    [Theory]
    [InlineData(@"static/js/main\.[0-9a-f]+\.js", "text/javascript")]
    [InlineData(@"static/css/styles\.[0-9a-f]+\.css", "text/css")]
    public async Task Get_HashedAsset_HasContentTypeAndImmutableCaching(string pattern, string contentType)
    {
        var asset = await FindAssetAsync(pattern);

        var response = await _client.GetAsync(new Uri("/graphql/" + asset, UriKind.Relative), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(contentType, response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("public, max-age=31536000, immutable", response.Headers.CacheControl?.ToString());
        Assert.Equal("nosniff", Assert.Single(response.Headers.GetValues("X-Content-Type-Options")));
        Assert.NotNull(response.Headers.ETag);
    }

    [Theory]
    [InlineData("/graphql/favicon.svg", "image/svg+xml")]
    [InlineData("/graphql/favicon.ico", "image/x-icon")]
    [InlineData("/graphql/manifest.webmanifest", "application/manifest+json")]
    [InlineData("/graphql/service-worker.js", "text/javascript")]
    public async Task Get_UnhashedAsset_HasContentTypeAndRevalidates(string path, string contentType)
    {
        var response = await _client.GetAsync(new Uri(path, UriKind.Relative), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(contentType, response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("no-cache", response.Headers.CacheControl?.ToString());
    }

    [Fact]
    public async Task Get_FontAsset_HasFontContentType()
    {
        var font = Path.GetFileName(Directory.GetFiles(
            Path.Combine(AppContext.BaseDirectory, BananaCakePopOptions.DefaultAssetsFolder, "static", "media"), "*.woff2").First());

        var response = await _client.GetAsync(new Uri("/graphql/static/media/" + font, UriKind.Relative), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("font/woff2", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Get_AssetWithMatchingETag_Returns304()
    {
        var asset = "/graphql/" + await FindAssetAsync(@"static/js/main\.[0-9a-f]+\.js");
        var first = await _client.GetAsync(new Uri(asset, UriKind.Relative), TestContext.Current.CancellationToken);
        using var request = new HttpRequestMessage(HttpMethod.Get, asset);
        request.Headers.IfNoneMatch.Add(first.Headers.ETag!);

        var response = await _client.SendAsync(request, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.NotModified, response.StatusCode);
    }

    [Fact]
    public async Task Head_Asset_ReturnsHeadersOnly()
    {
        using var request = new HttpRequestMessage(HttpMethod.Head, "/graphql/favicon.svg");

        var response = await _client.SendAsync(request, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(response.Content.Headers.ContentLength > 0);
        Assert.Empty(await response.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken));
    }

    [Theory]
    [InlineData("/graphql/package.json")]
    [InlineData("/graphql/index.mjs")]
    [InlineData("/graphql/LICENSE")]
    [InlineData("/graphql/static/js/missing.js")]
    [InlineData("/graphql/../appsettings.json")]
    [InlineData("/graphql/%2e%2e/Graph.Api.dll")]
    public async Task Get_FileOutsideIde_Returns404(string path)
    {
        var response = await _client.GetAsync(new Uri(path, UriKind.Relative), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Post_IdeAsset_Returns405()
    {
        var response = await _client.PostAsync(
            new Uri("/graphql/favicon.svg", UriKind.Relative), new StringContent("{}"), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
    }

    [Fact]
    public async Task Get_IdeDisabled_BrowserGetsRequestErrorAndNoFiles()
    {
        await using var host = await GraphTestHost.StartAsync(
            new GraphTestHostOptions { Settings = new() { ["Graph:Ide:Enabled"] = "false" } }, TestContext.Current.CancellationToken);
        using var client = host.CreateClient();

        var page = await client.GetGraphQLAsync(string.Empty, BrowserAccept, TestContext.Current.CancellationToken);
        var asset = await client.GetAsync(new Uri("/graphql/favicon.svg", UriKind.Relative), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.BadRequest, page.StatusCode);
        Assert.Equal("INVALID_REQUEST", (await page.ReadJsonAsync(TestContext.Current.CancellationToken)).FirstErrorCode());
        Assert.Equal(HttpStatusCode.NotFound, asset.StatusCode);
    }

    [Fact]
    public async Task Get_IdeNotInstalled_Returns503AndWarnsAtStartup()
    {
        var empty = Directory.CreateTempSubdirectory("graph-no-ide-");
        try
        {
            await using var host = await GraphTestHost.StartAsync(
                new GraphTestHostOptions { Settings = new() { ["Graph:Ide:AssetsPath"] = empty.FullName } }, TestContext.Current.CancellationToken);
            using var client = host.CreateClient();

            var response = await client.GetGraphQLAsync(string.Empty, BrowserAccept, TestContext.Current.CancellationToken);

            Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
            Assert.Contains("not installed", await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
            Assert.Contains(host.Logs.Entries, log => log.Level == LogLevel.Warning && log.Message.Contains(empty.FullName, StringComparison.Ordinal));
        }
        finally
        {
            empty.Delete(recursive: true);
        }
    }

    [Fact]
    public async Task Get_ConfiguredTitleAndDocument_AppearInConfig()
    {
        await using var host = await GraphTestHost.StartAsync(
            new GraphTestHostOptions { Settings = new() { ["Graph:Ide:Title"] = "Papers", ["Graph:Ide:Document"] = "{ __typename }" } },
            TestContext.Current.CancellationToken);
        using var client = host.CreateClient();

        var json = await client.GetStringAsync(new Uri("/graphql/bcp-config.json", UriKind.Relative), TestContext.Current.CancellationToken);

        Assert.Equal(
            """{"useBrowserUrlAsEndpoint":true,"title":"Papers","graphQLDocument":"{ __typename }","disableTelemetry":true,"includeCookies":false,"useGet":false}""",
            json);
    }

    [Fact]
    public async Task Get_EndpointInRouteGroup_ServesIdeBelowIt()
    {
        await using var host = await GraphTestHost.StartAsync(new GraphTestHostOptions { RouteGroup = "/api" }, TestContext.Current.CancellationToken);
        using var client = host.CreateClient();
        using var browser = new HttpRequestMessage(HttpMethod.Get, "/api/graphql");
        browser.Headers.TryAddWithoutValidation("Accept", BrowserAccept);
        using var page = new HttpRequestMessage(HttpMethod.Get, "/api/graphql/");
        page.Headers.TryAddWithoutValidation("Accept", BrowserAccept);

        var redirect = await client.SendAsync(browser, TestContext.Current.CancellationToken);
        var index = await client.SendAsync(page, TestContext.Current.CancellationToken);
        var config = await client.GetAsync(new Uri("/api/graphql/bcp-config.json", UriKind.Relative), TestContext.Current.CancellationToken);
        var icon = await client.GetAsync(new Uri("/api/graphql/favicon.svg", UriKind.Relative), TestContext.Current.CancellationToken);

        Assert.Equal("/api/graphql/", redirect.Headers.Location?.OriginalString);
        Assert.Equal("text/html", index.Content.Headers.ContentType?.MediaType);
        Assert.Equal(HttpStatusCode.OK, config.StatusCode);
        Assert.Equal("image/svg+xml", icon.Content.Headers.ContentType?.MediaType);
    }

    private async Task<string> FindAssetAsync(string pattern)
    {
        var html = await _client.GetStringAsync(new Uri("/graphql/index.html", UriKind.Relative), TestContext.Current.CancellationToken);
        var match = Regex.Match(html, pattern);
        Assert.True(match.Success, $"No {pattern} in the IDE page.");
        return match.Value;
    }
}
