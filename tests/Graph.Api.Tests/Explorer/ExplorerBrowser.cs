using System.Collections.Concurrent;
using System.Text.Json;
using Graph.Api.Tests.Support;
using Microsoft.Playwright;

namespace Graph.Api.Tests.Explorer;

/// <summary>
/// One page of the Explorer in Debian's headless Chromium, launched as the IDE tests launch it. Counts the GraphQL
/// requests the page sends, collects console errors (a Content-Security-Policy violation is one), and keeps
/// screenshots as test artifacts.
/// </summary>
internal sealed class ExplorerBrowser : IAsyncDisposable
{
    // A laptop screen: every page must be readable at this size, and the README's screenshots are taken at it.
    private static readonly ViewportSize LaptopScreen = new() { Width = 1280, Height = 800 };

    private readonly IPlaywright _playwright;
    private readonly IBrowser _browser;
    private readonly ConcurrentQueue<string> _errors = new();
    private int _graphQLRequests;

    private ExplorerBrowser(IPlaywright playwright, IBrowser browser, IPage page, Uri baseAddress)
    {
        _playwright = playwright;
        _browser = browser;
        Page = page;
        BaseAddress = baseAddress;
        page.Request += (_, request) =>
        {
            if (request.Method == "POST" && new Uri(request.Url).AbsolutePath == "/graphql")
            {
                Interlocked.Increment(ref _graphQLRequests);
            }
        };
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                _errors.Enqueue(message.Text);
            }
        };
        page.PageError += (_, error) => _errors.Enqueue(error);
    }

    public IPage Page { get; }

    public Uri BaseAddress { get; }

    /// <summary>GraphQL requests sent so far.</summary>
    public int GraphQLRequests => Volatile.Read(ref _graphQLRequests);

    public static async Task<ExplorerBrowser> OpenAsync(Uri baseAddress)
    {
        var chromium = ExternalTools.Chromium;
        var playwright = await Playwright.CreateAsync();
        try
        {
            var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
            {
                ExecutablePath = chromium,
                Headless = true,
                Args = HeadlessChromium.Arguments,
            });
            var context = await browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = LaptopScreen });
            var page = await context.NewPageAsync();
            page.SetDefaultTimeout(30_000);
            return new ExplorerBrowser(playwright, browser, page, baseAddress);
        }
        catch
        {
            playwright.Dispose();
            throw;
        }
    }

    public async Task GotoAsync(string path)
    {
        var response = await Page.GotoAsync(new Uri(BaseAddress, path).ToString());
        Assert.Equal(200, response?.Status);
    }

    /// <summary>How many GraphQL requests an action made, counted once the page has had time to make more.</summary>
    public async Task<int> CountGraphQLRequestsAsync(Func<Task> action)
    {
        var before = GraphQLRequests;
        await action();
        // Nothing the page does waits this long after showing its data; a second request would be sent by now.
        await Page.WaitForTimeoutAsync(300);
        return GraphQLRequests - before;
    }

    /// <summary>Fails with every console error the page logged.</summary>
    public void AssertNoErrors() => Assert.True(_errors.IsEmpty, "The page logged errors:\n" + string.Join('\n', _errors));

    /// <summary>Fails when the page is wider than the window, so that reading it would take sideways scrolling.</summary>
    public async Task AssertFitsWidthAsync()
    {
        var overflow = await Page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - document.documentElement.clientWidth");
        Assert.True(overflow <= 0, $"{Page.Url} is {overflow} px wider than the {LaptopScreen.Width} px window.");
    }

    public async Task SaveScreenshotAsync(string name)
    {
        var path = Path.Combine(AppContext.BaseDirectory, "artifacts", "explorer", name);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var png = await Page.ScreenshotAsync(new PageScreenshotOptions { Path = path });
        TestContext.Current.AddAttachment(name, png, "image/png");
        TestContext.Current.TestOutputHelper?.WriteLine($"Screenshot: {path}");
    }

    /// <summary>Runs a query against the same server, for what the page should show.</summary>
    public async Task<JsonElement> QueryAsync(string query, object? variables = null)
    {
        using var client = new HttpClient { BaseAddress = BaseAddress };
        var body = JsonSerializer.Serialize(new { query, variables });
        var response = await client.PostGraphQLAsync(body, cancellationToken: TestContext.Current.CancellationToken);
        var json = await response.ReadJsonAsync(TestContext.Current.CancellationToken);
        Assert.False(json.TryGetProperty("errors", out var errors), errors.ToString());
        return json.GetProperty("data");
    }

    public async ValueTask DisposeAsync()
    {
        await _browser.DisposeAsync();
        _playwright.Dispose();
    }
}
