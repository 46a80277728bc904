namespace Graph.Api.Tests.Explorer;

/// <summary>One page of each kind the Explorer has, on the bundled corpus, with what shows that its data arrived.</summary>
internal static class ExplorerPages
{
    public static async Task<IReadOnlyList<(string Path, string Ready)>> AllAsync(ExplorerBrowser browser)
    {
        var paper = await ExplorerBrowserTests.PaperAsync(browser);
        var paperId = Uri.EscapeDataString(paper.GetProperty("id").GetString()!);
        var lora = (await browser.QueryAsync("""{ method(name: "LoRA") { id } }""")).GetProperty("method").GetProperty("id").GetString()!;
        return
        [
            ("/", ".stats"),
            ("/search?q=retrieval", ".hit"),
            ("/paper/" + Uri.EscapeDataString(paper.GetProperty("graphId").GetString()!), ".abstract a.mention"),
            ("/dataset/SQuAD", "svg.trend-chart rect.bar"),
            ("/topic/Continual%20Learning", ".paper-list .paper-title"),
            ("/graph?node=" + paperId, "[data-testid=graph-canvas][data-ready=true]"),
            ("/path?from=" + paperId + "&to=" + Uri.EscapeDataString(lora), "[data-testid=graph-canvas][data-ready=true]"),
        ];
    }
}
