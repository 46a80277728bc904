using System.Net;
using System.Text.RegularExpressions;
using Graph.Api.Explorer;
using Graph.Api.Tests.Support;
using Microsoft.Extensions.Logging;

namespace Graph.Api.Tests.Explorer;

/// <summary>How the real server serves the Explorer at <c>/</c>, beside <c>/graphql</c> and the health endpoints.</summary>
public sealed partial class ExplorerHostingTests(GraphServer server) : IClassFixture<GraphServer>, IDisposable
{
    private const string BrowserAccept = "text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,*/*;q=0.8";

    private readonly HttpClient _client = new(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = server.BaseAddress };

    [Fact]
    public void Build_ExplorerFiles_IntoOutput()
    {
        // The build runs npm; without npm it only prints a message, so this is where a missing Explorer must show.
        var folder = Path.Combine(AppContext.BaseDirectory, ExplorerOptions.DefaultAssetsFolder);

        Assert.True(File.Exists(Path.Combine(folder, "index.html")), $"The Explorer is not in {folder}; was npm on PATH when Graph.Api was built?");
        Assert.NotEmpty(Directory.GetFiles(Path.Combine(folder, "assets"), "index-*.js"));
        Assert.NotEmpty(Directory.GetFiles(Path.Combine(folder, "assets"), "index-*.css"));
        Assert.Empty(Directory.GetFiles(folder, ".graph-api-built"));
        Assert.Empty(Directory.GetFiles(folder, "*.map", SearchOption.AllDirectories));
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/index.html")]
    [InlineData("/search?q=retrieval")]
    [InlineData("/paper/arxiv:2106.09685")]
    [InlineData("/paper/title:7f31b45f3442bf60")]
    [InlineData("/method/Mixture%20of%20Experts")]
    [InlineData("/model/Llama%203.1")]
    [InlineData("/graph?node=UGFwZXI6dGl0bGU6N2YzMWI0NWYzNDQyYmY2MA")]
    [InlineData("/path")]
    [InlineData("/no/such/page")]
    public async Task Get_PageFromBrowser_ServesIndexWithoutLongCaching(string path)
    {
        var response = await GetAsync(path, BrowserAccept);
        var html = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("no-cache", response.Headers.CacheControl?.ToString());
        Assert.Contains("<div id=\"root\"></div>", html, StringComparison.Ordinal);
        Assert.Contains("<title>Graph Explorer</title>", html, StringComparison.Ordinal);
        Assert.Matches(HashedScript(), html);
        var policy = Assert.Single(response.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("script-src 'self'", policy, StringComparison.Ordinal);
        Assert.Contains("frame-ancestors 'none'", policy, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_RootWithoutHtmlAccept_StillServesIndex()
    {
        // Paths without a file extension are pages whoever asks, as with MapFallbackToFile.
        var response = await GetAsync("/", "*/*");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Get_HashedAssets_AreImmutableWithContentTypes()
    {
        var html = await _client.GetStringAsync(new Uri("/", UriKind.Relative), TestContext.Current.CancellationToken);
        var script = HashedScript().Match(html).Groups["path"].Value;
        var style = HashedStyle().Match(html).Groups["path"].Value;

        foreach (var (path, contentType) in new[] { (script, "text/javascript"), (style, "text/css") })
        {
            var response = await GetAsync(path, "*/*");

            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal(contentType, response.Content.Headers.ContentType?.MediaType);
            Assert.Equal("public, max-age=31536000, immutable", response.Headers.CacheControl?.ToString());
            Assert.Equal("nosniff", Assert.Single(response.Headers.GetValues("X-Content-Type-Options")));
            Assert.NotNull(response.Headers.ETag);
        }
    }

    [Fact]
    public async Task Get_AssetWithMatchingETag_Returns304()
    {
        var html = await _client.GetStringAsync(new Uri("/", UriKind.Relative), TestContext.Current.CancellationToken);
        var script = HashedScript().Match(html).Groups["path"].Value;
        var first = await GetAsync(script, "*/*");
        using var request = new HttpRequestMessage(HttpMethod.Get, script);
        request.Headers.IfNoneMatch.Add(first.Headers.ETag!);

        var response = await _client.SendAsync(request, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.NotModified, response.StatusCode);
    }

    [Fact]
    public async Task Get_UnhashedFile_Revalidates()
    {
        var response = await GetAsync("/favicon.svg", "image/*");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("image/svg+xml", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("no-cache", response.Headers.CacheControl?.ToString());
    }

    [Theory]
    [InlineData("/assets/missing-0123abcd.js", "*/*")]
    [InlineData("/assets/missing-0123abcd.js", BrowserAccept)]
    [InlineData("/assets", BrowserAccept)]
    [InlineData("/robots.txt", "*/*")]
    [InlineData("/appsettings.json", "*/*")]
    [InlineData("/Graph.Api.dll", "*/*")]
    [InlineData("/%2e%2e/appsettings.json", "*/*")]
    public async Task Get_MissingFile_Returns404NotIndex(string path, string accept)
    {
        var response = await GetAsync(path, accept);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Head_Root_ReturnsHeadersOnly()
    {
        using var request = new HttpRequestMessage(HttpMethod.Head, "/");
        request.Headers.TryAddWithoutValidation("Accept", BrowserAccept);

        var response = await _client.SendAsync(request, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(response.Content.Headers.ContentLength > 0);
        Assert.Empty(await response.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task Post_Page_Returns405()
    {
        var response = await _client.PostAsync(new Uri("/search", UriKind.Relative), new StringContent("{}"), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
    }

    [Fact]
    public async Task Get_GraphQLAndHealth_AreNotTheExplorers()
    {
        var ide = await GetAsync("/graphql", BrowserAccept);
        var idePage = await GetAsync("/graphql/", BrowserAccept);
        var healthz = await GetAsync("/healthz", BrowserAccept);
        var readyz = await GetAsync("/readyz", BrowserAccept);
        using var query = new StringContent("""{"query":"{ stats { nodes { name } } }"}""", System.Text.Encoding.UTF8, "application/json");
        var graphql = await _client.PostAsync(new Uri("/graphql", UriKind.Relative), query, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Found, ide.StatusCode);
        Assert.Equal("/graphql/", ide.Headers.Location?.OriginalString);
        Assert.Contains("<title>Banana Cake Pop</title>", await idePage.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
        Assert.Equal("application/json", healthz.Content.Headers.ContentType?.MediaType);
        Assert.Contains("\"backend\":\"sqlite\"", await readyz.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, graphql.StatusCode);
        Assert.Contains("\"Paper\"", await graphql.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_ExplorerNotBuilt_Returns503PageAndWarnsAtStartup()
    {
        var empty = Directory.CreateTempSubdirectory("graph-no-explorer-");
        try
        {
            await using var host = await GraphTestHost.StartAsync(
                new GraphTestHostOptions { Settings = new() { ["Graph:Explorer:AssetsPath"] = empty.FullName } }, TestContext.Current.CancellationToken);
            using var client = host.CreateClient();
            using var request = new HttpRequestMessage(HttpMethod.Get, "/paper/arxiv:2106.09685");
            request.Headers.TryAddWithoutValidation("Accept", BrowserAccept);

            var response = await client.SendAsync(request, TestContext.Current.CancellationToken);
            var html = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
            var graphql = await client.GetAsync(new Uri("/graphql?query=%7B%20hello%20%7D", UriKind.Relative), TestContext.Current.CancellationToken);

            Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
            Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
            Assert.Equal("no-store", response.Headers.CacheControl?.ToString());
            Assert.Contains("The Explorer is not built", html, StringComparison.Ordinal);
            Assert.Contains(empty.FullName, html, StringComparison.Ordinal);
            Assert.Equal(HttpStatusCode.OK, graphql.StatusCode);
            Assert.Contains(host.Logs.Entries, log => log.Level == LogLevel.Warning && log.Message.Contains(empty.FullName, StringComparison.Ordinal));
        }
        finally
        {
            empty.Delete(recursive: true);
        }
    }

    [Fact]
    public async Task Get_ExplorerDisabled_Returns404()
    {
        await using var host = await GraphTestHost.StartAsync(
            new GraphTestHostOptions { Settings = new() { ["Graph:Explorer:Enabled"] = "false" } }, TestContext.Current.CancellationToken);
        using var client = host.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/");
        request.Headers.TryAddWithoutValidation("Accept", BrowserAccept);

        var response = await client.SendAsync(request, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    public void Dispose() => _client.Dispose();

    private async Task<HttpResponseMessage> GetAsync(string path, string accept)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.TryAddWithoutValidation("Accept", accept);
        return await _client.SendAsync(request, TestContext.Current.CancellationToken);
    }

    [GeneratedRegex("""<script type="module" crossorigin src="(?<path>/assets/index-[\w-]+\.js)"></script>""")]
    private static partial Regex HashedScript();

    [GeneratedRegex("""<link rel="stylesheet" crossorigin href="(?<path>/assets/index-[\w-]+\.css)">""")]
    private static partial Regex HashedStyle();
}
