namespace Graph.Api.Tests.Support;

/// <summary>How the browser tests start Debian's Chromium through Playwright: headless, sandbox-free, quiet.</summary>
public static class HeadlessChromium
{
    /// <summary>The command-line flags every browser test passes.</summary>
    public static IReadOnlyList<string> Arguments { get; } =
    [
        "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
    ];
}
