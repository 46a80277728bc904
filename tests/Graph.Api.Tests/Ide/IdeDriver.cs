using System.Text.RegularExpressions;
using Graph.Api.Tests.Support;
using Microsoft.Playwright;

namespace Graph.Api.Tests.Ide;

/// <summary>
/// Drives Banana Cake Pop in Debian's headless Chromium as a person would: open the endpoint, write a query, run
/// it, wait for the answer, open the schema reference. Screenshots are kept as test artifacts.
/// </summary>
internal static class IdeDriver
{
    public static async Task RunQueryAsync(Uri endpoint, DirectoryInfo profile, string query, Regex expectedResult, string screenshotPrefix)
    {
        var chromium = ExternalTools.Chromium;
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchPersistentContextAsync(
            profile.FullName,
            new BrowserTypeLaunchPersistentContextOptions
            {
                ExecutablePath = chromium,
                Headless = true,
                Args = HeadlessChromium.Arguments,
                ViewportSize = new ViewportSize { Width = 1400, Height = 900 },
                // The IDE's service worker reloads the page once it has cached the app, which would race with the
                // typing below; offline caching is not what this test is about.
                ServiceWorkers = ServiceWorkerPolicy.Block,
            });
        var page = browser.Pages.Count > 0 ? browser.Pages[0] : await browser.NewPageAsync();
        page.SetDefaultTimeout(60_000);
        try
        {
            var navigation = await page.GotoAsync(endpoint.ToString());
            Assert.Equal(200, navigation?.Status);
            Assert.EndsWith("/graphql/", page.Url, StringComparison.Ordinal);

            await page.GetByText("Create Document").ClickAsync();
            await page.GetByText("Schema available").WaitForAsync();

            var request = page.Locator(".monaco-editor").First;
            await request.ClickAsync();
            await page.Keyboard.InsertTextAsync(query);

            // The IDE puts a "Run" lens over an operation once it has parsed the document; running earlier would
            // send the empty document it had before.
            await page.GetByRole(AriaRole.Button, new() { Name = "Run ▷" }).WaitForAsync();
            await page.GetByRole(AriaRole.Button, new() { Name = "Run Operation", Exact = false }).ClickAsync();

            var response = page.Locator(".monaco-editor", new() { HasTextRegex = expectedResult });
            await response.WaitForAsync();
            await SaveScreenshotAsync(page, screenshotPrefix + "-query-result.png");

            // The schema reference only fills from introspection through the endpoint.
            await page.GetByText("Schema Reference").ClickAsync();
            await page.GetByText("Kind of type: Object").First.WaitForAsync();
            await SaveScreenshotAsync(page, screenshotPrefix + "-schema-reference.png");
        }
        catch
        {
            await SaveScreenshotAsync(page, screenshotPrefix + "-failure.png");
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
}
