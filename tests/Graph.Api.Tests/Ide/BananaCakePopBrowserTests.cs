using System.Text.RegularExpressions;
using Graph.Api.Tests.Support;
using Microsoft.Playwright;

namespace Graph.Api.Tests.Ide;

/// <summary>
/// Banana Cake Pop in Debian's headless Chromium, driven as a person would: open /graphql, write a query, run it,
/// read the answer, open the schema reference. Uses only <c>{ __typename }</c> so it holds for any schema.
/// </summary>
public sealed partial class BananaCakePopBrowserTests : IAsyncLifetime
{
    private static readonly string[] _chromiumArguments =
    [
        "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
    ];

    private readonly DirectoryInfo _profile = Directory.CreateTempSubdirectory("graph-bcp-profile-");
    private GraphTestHost? _host;

    public async ValueTask InitializeAsync() =>
        _host = await GraphTestHost.StartAsync(cancellationToken: TestContext.Current.CancellationToken);

    public async ValueTask DisposeAsync()
    {
        if (_host is not null)
        {
            await _host.DisposeAsync();
        }

        _profile.Delete(recursive: true);
    }

    [Fact]
    public async Task OpenEndpoint_RunQueryThroughIde_ShowsResult()
    {
        var chromium = ExternalTools.Chromium;
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchPersistentContextAsync(
            _profile.FullName,
            new BrowserTypeLaunchPersistentContextOptions
            {
                ExecutablePath = chromium,
                Headless = true,
                Args = _chromiumArguments,
                ViewportSize = new ViewportSize { Width = 1400, Height = 900 },
                // The IDE's service worker reloads the page once it has cached the app, which would race with the
                // typing below; offline caching is not what this test is about.
                ServiceWorkers = ServiceWorkerPolicy.Block,
            });
        var page = browser.Pages.Count > 0 ? browser.Pages[0] : await browser.NewPageAsync();
        page.SetDefaultTimeout(60_000);
        try
        {
            var navigation = await page.GotoAsync(_host!.GraphQLEndpoint.ToString());
            Assert.Equal(200, navigation?.Status);
            Assert.EndsWith("/graphql/", page.Url, StringComparison.Ordinal);

            await page.GetByText("Create Document").ClickAsync();
            await page.GetByText("Schema available").WaitForAsync();

            var request = page.Locator(".monaco-editor").First;
            await request.ClickAsync();
            await page.Keyboard.InsertTextAsync("{ __typename }");

            // The IDE puts a "Run" lens over an operation once it has parsed the document; running earlier would
            // send the empty document it had before.
            await page.GetByRole(AriaRole.Button, new() { Name = "Run ▷" }).WaitForAsync();
            await page.GetByRole(AriaRole.Button, new() { Name = "Run Operation", Exact = false }).ClickAsync();

            var response = page.Locator(".monaco-editor", new() { HasTextRegex = TypenameResult() });
            await response.WaitForAsync();
            await SaveScreenshotAsync(page, "bananacakepop-query-result.png");

            // The schema reference only fills from introspection through the endpoint.
            await page.GetByText("Schema Reference").ClickAsync();
            await page.GetByText("Kind of type: Object").First.WaitForAsync();
            await SaveScreenshotAsync(page, "bananacakepop-schema-reference.png");
        }
        catch
        {
            await SaveScreenshotAsync(page, "bananacakepop-failure.png");
            throw;
        }
    }

    private static async Task SaveScreenshotAsync(IPage page, string name)
    {
        var path = Path.Combine(AppContext.BaseDirectory, "artifacts", "ide", name);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var png = await page.ScreenshotAsync(new PageScreenshotOptions { Path = path });
        TestContext.Current.AddAttachment(name, png, "image/png");
        TestContext.Current.TestOutputHelper?.WriteLine($"Screenshot: {path}");
    }

    [GeneratedRegex("\"__typename\":\\s*\"Query\"")]
    private static partial Regex TypenameResult();
}
