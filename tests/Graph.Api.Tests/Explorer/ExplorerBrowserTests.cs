using System.Text.Json;
using System.Text.RegularExpressions;
using Graph.Api.Tests.Support;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Graph.Api.Tests.Explorer;

/// <summary>
/// The Explorer in Debian's headless Chromium against the real server and the bundled corpus, used as a person would:
/// search, open a paper, follow a mention to its dataset, page through a topic, explore the network and a path.
/// What each page shows is checked against the same server's GraphQL answers, and each page must get by with one
/// GraphQL request. Screenshots are kept as test artifacts.
/// </summary>
public sealed partial class ExplorerBrowserTests(GraphServer server) : IClassFixture<GraphServer>
{
    internal const string PaperTitle = "Meta-training with Demonstration Retrieval for Efficient Few-shot Learning";

    [Fact]
    public Task Search_Term_ShowsMarkedSnippetsAndFacetsFilterWithoutRequests() => RunAsync("search", async browser =>
    {
        var page = browser.Page;
        var data = await browser.QueryAsync(
            "query($t: String!) { search(text: $t, first: 100) { paper { title datasets { dataset { name } } } } }", new { t = "retrieval" });
        var hits = data.GetProperty("search").EnumerateArray().Select(h => h.GetProperty("paper")).ToList();
        var withSquad = hits.Count(p => Names(p.GetProperty("datasets"), "dataset").Contains("SQuAD"));
        Assert.InRange(withSquad, 1, hits.Count - 1);
        await browser.GotoAsync("/");
        await Expect(page.Locator(".stats")).ToBeVisibleAsync();

        var searchRequests = await browser.CountGraphQLRequestsAsync(async () =>
        {
            var box = page.GetByRole(AriaRole.Searchbox, new() { Name = "Search titles and abstracts" });
            await box.FillAsync("retrieval");
            await box.PressAsync("Enter");
            await Expect(page.Locator(".hit")).ToHaveCountAsync(hits.Count);
        });

        Assert.Equal(1, searchRequests);
        Assert.EndsWith("/search?q=retrieval", page.Url, StringComparison.Ordinal);
        Assert.Equal(hits.Select(p => p.GetProperty("title").GetString()), await page.Locator(".hit h3").AllInnerTextsAsync());
        var marks = await page.Locator(".hit .snippet mark").AllInnerTextsAsync();
        Assert.NotEmpty(marks);
        Assert.All(marks, mark => Assert.StartsWith("retriev", mark, StringComparison.OrdinalIgnoreCase));
        // The snippets' HTML becomes text and <mark> only.
        Assert.Equal(0, await page.Locator(".snippet *:not(mark):not(span)").CountAsync());

        var datasets = page.Locator("fieldset[data-facet=dataset]");
        await datasets.GetByRole(AriaRole.Button, new() { NameRegex = ShowAll() }).ClickAsync();
        var squad = datasets.Locator("label").Filter(new() { Has = page.Locator(".facet-name", new() { HasTextRegex = ExactlySquad() }) });
        await Expect(squad.Locator(".facet-count")).ToHaveTextAsync(withSquad.ToString(System.Globalization.CultureInfo.InvariantCulture));
        var facetRequests = await browser.CountGraphQLRequestsAsync(async () =>
        {
            await squad.GetByRole(AriaRole.Checkbox).CheckAsync();
            await Expect(page.Locator(".hit")).ToHaveCountAsync(withSquad);
        });

        Assert.Equal(0, facetRequests);
        Assert.Contains("dataset=SQuAD", page.Url, StringComparison.Ordinal);
        await Expect(page.Locator("#results-heading")).ToHaveTextAsync($"{withSquad} of {hits.Count} results");
        await Expect(page.Locator(".hit h3").First).ToHaveTextAsync(PaperTitle);
        await browser.SaveScreenshotAsync("explorer-search.png");

        await page.GetByRole(AriaRole.Button, new() { Name = "Clear filters" }).ClickAsync();
        await Expect(page.Locator(".hit")).ToHaveCountAsync(hits.Count);
    });

    [Fact]
    public Task Paper_FromSearch_HighlightsEveryMentionFromItsEvidence() => RunAsync("paper", async browser =>
    {
        var page = browser.Page;
        var paper = await PaperAsync(browser);
        await browser.GotoAsync("/search?q=" + Uri.EscapeDataString("Meta-training with Demonstration Retrieval"));
        await Expect(page.Locator(".hit").First).ToBeVisibleAsync();

        var requests = await browser.CountGraphQLRequestsAsync(async () =>
        {
            await page.GetByRole(AriaRole.Link, new() { Name = PaperTitle, Exact = true }).ClickAsync();
            await Expect(page.Locator("h1#paper-title")).ToHaveTextAsync(PaperTitle);
        });

        Assert.Equal(1, requests);
        Assert.EndsWith("/paper/" + Uri.EscapeDataString(paper.GetProperty("graphId").GetString()!), page.Url, StringComparison.Ordinal);

        // The example of the issue: SQuAD is a dataset mention whose highlighted text is "SQuAD".
        var squad = page.Locator(".abstract a.mention[data-kind=dataset][data-term=SQuAD]");
        await Expect(squad).ToHaveCountAsync(1);
        Assert.Equal("SQuAD", await squad.InnerTextAsync());
        Assert.Equal("/dataset/SQuAD", await squad.GetAttributeAsync("href"));

        // Every evidence span is one highlight, in text order, with its kind and term (this paper's spans do not overlap).
        foreach (var (field, selector) in new[] { ("ABSTRACT", ".abstract a.mention"), ("TITLE", "h1#paper-title a.mention") })
        {
            var expected = Spans(paper, field);
            Assert.All(expected.Zip(expected.Skip(1)), pair => Assert.True(pair.First.End <= pair.Second.Start, "Spans overlap."));
            var shown = await page.Locator(selector).EvaluateAllAsync<string[][]>(
                "links => links.map(a => [a.dataset.kind, a.dataset.term, a.textContent])");
            Assert.Equal(expected.Select(s => new[] { s.Kind, s.Term, s.Text }), shown);
        }

        Assert.NotEmpty(Spans(paper, "TITLE"));
        var shared = page.Locator("section[aria-labelledby=shared-heading] li").First;
        var sharedEdge = paper.GetProperty("papersSharingBenchmark").GetProperty("edges")[0];
        await Expect(shared.Locator(".paper-title")).ToHaveTextAsync(sharedEdge.GetProperty("node").GetProperty("title").GetString()!);
        await Expect(shared.Locator(".chip.kind-dataset")).ToHaveTextAsync(Names(sharedEdge.GetProperty("sharedDatasets"), null).ToArray());
        var related = paper.GetProperty("relatedPapers");
        await Expect(page.Locator("section[aria-labelledby=related-heading] ol > li")).ToHaveCountAsync(related.GetArrayLength());
        await Expect(page.Locator("section[aria-labelledby=related-heading] ol > li").First.Locator(".chip"))
            .ToHaveTextAsync(Names(related[0].GetProperty("reasons"), null).ToArray());
        await browser.SaveScreenshotAsync("explorer-paper.png");
    });

    [Fact]
    public Task Entity_DatasetFromMention_ShowsItsPapersTrendAndMethods() => RunAsync("dataset", async browser =>
    {
        var page = browser.Page;
        var paper = await PaperAsync(browser);
        var data = await browser.QueryAsync(
            """{ dataset(name: "SQuAD") { paperCount trend { month papers } papers(first: 20) { nodes { title } } methods(first: 12) { method { name } } } }""");
        var dataset = data.GetProperty("dataset");
        await browser.GotoAsync("/paper/" + Uri.EscapeDataString(paper.GetProperty("graphId").GetString()!));
        await Expect(page.Locator("h1#paper-title")).ToHaveTextAsync(PaperTitle);

        var requests = await browser.CountGraphQLRequestsAsync(async () =>
        {
            await page.Locator(".abstract a.mention[data-term=SQuAD]").ClickAsync();
            await Expect(page.Locator("h1#term-title")).ToHaveTextAsync("SQuAD");
        });

        Assert.Equal(1, requests);
        Assert.EndsWith("/dataset/SQuAD", page.Url, StringComparison.Ordinal);
        var titles = dataset.GetProperty("papers").GetProperty("nodes").EnumerateArray().Select(p => p.GetProperty("title").GetString()!).ToList();
        Assert.Contains(PaperTitle, titles);
        Assert.Equal(titles, await page.Locator(".paper-list[aria-label='Papers linked to SQuAD'] .paper-title").AllInnerTextsAsync());

        var trend = dataset.GetProperty("trend").EnumerateArray().ToList();
        Assert.NotEmpty(trend);
        var bars = await page.Locator("svg.trend-chart rect.bar").EvaluateAllAsync<string[][]>(
            "bars => bars.map(b => [b.dataset.month, b.dataset.papers])");
        Assert.Equal(trend.Select(m => new[] { m.GetProperty("month").GetString()!, m.GetProperty("papers").GetInt32().ToString(System.Globalization.CultureInfo.InvariantCulture) }), bars);
        await page.GetByText("Show the numbers").ClickAsync();
        await Expect(page.Locator(".trend table tbody tr")).ToHaveCountAsync(trend.Count);

        var methods = Names(dataset.GetProperty("methods"), "method").ToArray();
        await Expect(page.Locator("section[aria-label='Methods evaluated on it'] .chip")).ToHaveCountAsync(methods.Length);
        await browser.SaveScreenshotAsync("explorer-dataset.png");
    });

    [Fact]
    public Task Entity_TopicWithManyPapers_PagesForwardAndBack() => RunAsync("topic-paging", async browser =>
    {
        var page = browser.Page;
        var data = await browser.QueryAsync("""{ topic(name: "Continual Learning") { paperCount papers(first: 100) { nodes { title } } } }""");
        var all = data.GetProperty("topic").GetProperty("papers").GetProperty("nodes").EnumerateArray().Select(p => p.GetProperty("title").GetString()!).ToList();
        Assert.InRange(all.Count, 21, 40);
        var list = page.Locator(".paper-list[aria-label='Papers linked to Continual Learning'] .paper-title");

        await browser.GotoAsync("/topic/Continual%20Learning");
        await Expect(list).ToHaveCountAsync(20);
        Assert.Equal(all.Take(20), await list.AllInnerTextsAsync());

        var next = await browser.CountGraphQLRequestsAsync(async () =>
        {
            await page.GetByRole(AriaRole.Link, new() { Name = "Older papers →" }).ClickAsync();
            await Expect(list).ToHaveCountAsync(all.Count - 20);
        });
        Assert.Equal(1, next);
        Assert.Equal(all.Skip(20), await list.AllInnerTextsAsync());
        await Expect(page.GetByText($"21–{all.Count} of {all.Count}, newest first")).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Older papers →" })).ToHaveCountAsync(0);

        await page.GetByRole(AriaRole.Link, new() { Name = "← Newer papers" }).ClickAsync();
        await Expect(list).ToHaveCountAsync(20);
        Assert.Equal(all.Take(20), await list.AllInnerTextsAsync());
        await Expect(page.GetByText($"1–20 of {all.Count}, newest first")).ToBeVisibleAsync();
    });

    [Fact]
    public Task Graph_FromPaper_DrawsNeighbourhoodAndOpensClickedNode() => RunAsync("graph", async browser =>
    {
        var page = browser.Page;
        var paper = await PaperAsync(browser);
        var id = paper.GetProperty("id").GetString()!;
        var data = await browser.QueryAsync(
            "query($id: ID!) { neighbourhood(id: $id, depth: 2, first: 60) { nodes { id ... on Term { name } } relationships { type startId endId } } }", new { id });
        var nodes = data.GetProperty("neighbourhood").GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("id").GetString()!).ToHashSet();
        var edges = data.GetProperty("neighbourhood").GetProperty("relationships").EnumerateArray()
            .Select(r => (Type: r.GetProperty("type").GetString(), Start: r.GetProperty("startId").GetString()!, End: r.GetProperty("endId").GetString()!))
            .Where(r => nodes.Contains(r.Start) && nodes.Contains(r.End) && r.Start != r.End)
            .Distinct()
            .Count();
        Assert.True(nodes.Count > 10 && edges > 10, $"Too small a neighbourhood to test: {nodes.Count} nodes, {edges} relationships.");
        await browser.GotoAsync("/paper/" + Uri.EscapeDataString(paper.GetProperty("graphId").GetString()!));
        await Expect(page.Locator("h1#paper-title")).ToHaveTextAsync(PaperTitle);

        var requests = await browser.CountGraphQLRequestsAsync(async () =>
        {
            await page.GetByRole(AriaRole.Link, new() { Name = "Show in graph" }).ClickAsync();
            await Expect(page.Locator("[data-testid=graph-canvas][data-ready=true]")).ToBeVisibleAsync();
        });

        Assert.Equal(1, requests);
        Assert.Equal(nodes.Count, await page.EvaluateAsync<int>("() => window.graphExplorer.cy.nodes().length"));
        Assert.Equal(edges, await page.EvaluateAsync<int>("() => window.graphExplorer.cy.edges().length"));
        Assert.Equal(id, await page.EvaluateAsync<string>("() => window.graphExplorer.cy.$('node.centre').id()"));
        await Expect(page.Locator(".node-list li")).ToHaveCountAsync(nodes.Count);
        await Expect(page.Locator("h1")).ToHaveTextAsync("Neighbourhood of " + PaperTitle);
        await page.Locator("[data-testid=graph-canvas]").ScrollIntoViewIfNeededAsync();
        await browser.SaveScreenshotAsync("explorer-graph.png");

        // A real click on the drawn SQuAD node opens its page.
        var point = await page.EvaluateAsync<double[]>(
            """
            () => {
              const cy = window.graphExplorer.cy;
              const node = cy.nodes().filter(n => n.data('label') === 'SQuAD')[0];
              const position = node.renderedPosition();
              const box = cy.container().getBoundingClientRect();
              return [box.left + position.x, box.top + position.y];
            }
            """);
        await page.Mouse.ClickAsync((float)point[0], (float)point[1]);
        await Expect(page.Locator("h1#term-title")).ToHaveTextAsync("SQuAD");
        Assert.EndsWith("/dataset/SQuAD", page.Url, StringComparison.Ordinal);
    });

    [Fact]
    public Task Path_PickedWithKeyboardAndMouse_ShowsShortestPath() => RunAsync("path", async browser =>
    {
        var page = browser.Page;
        var paper = await PaperAsync(browser);
        var lora = (await browser.QueryAsync("""{ method(name: "LoRA") { id } }""")).GetProperty("method").GetProperty("id").GetString()!;
        var data = await browser.QueryAsync(
            "query($from: ID!, $to: ID!) { path(from: $from, to: $to, maxHops: 4) { length nodes { ... on Paper { title } ... on Term { name } } } }",
            new { from = paper.GetProperty("id").GetString(), to = lora });
        var path = data.GetProperty("path");
        var labels = path.GetProperty("nodes").EnumerateArray()
            .Select(n => (n.TryGetProperty("title", out var title) ? title : n.GetProperty("name")).GetString()!).ToList();
        await browser.GotoAsync("/path");

        var from = page.GetByRole(AriaRole.Combobox, new() { Name = "From" });
        await from.FillAsync("Meta-training Demonstration");
        await page.GetByRole(AriaRole.Option).Filter(new() { HasText = PaperTitle }).ClickAsync();
        await Expect(page.GetByText("Chosen: Paper “Meta-training with Demonstration")).ToBeVisibleAsync();

        var to = page.GetByRole(AriaRole.Combobox, new() { Name = "To" });
        await to.FillAsync("LoRA");
        await Expect(page.GetByRole(AriaRole.Option).First).ToContainTextAsync("LoRA");
        await to.PressAsync("ArrowDown");
        await Expect(to).ToHaveAttributeAsync("aria-activedescendant", new Regex(".+"));
        await to.PressAsync("Enter");
        await Expect(page.GetByText("Chosen: Method “LoRA”")).ToBeVisibleAsync();

        var requests = await browser.CountGraphQLRequestsAsync(async () =>
        {
            await page.GetByRole(AriaRole.Button, new() { Name = "Find path" }).ClickAsync();
            await Expect(page.Locator("#path-result")).ToHaveTextAsync($"A path of {path.GetProperty("length").GetInt32()} steps");
        });

        Assert.Equal(1, requests);
        Assert.Contains("to=" + Uri.EscapeDataString(lora), page.Url, StringComparison.Ordinal);
        await Expect(page.Locator(".path-steps > li")).ToHaveCountAsync(labels.Count);
        for (var i = 0; i < labels.Count; i++)
        {
            await Expect(page.Locator(".path-steps > li").Nth(i)).ToContainTextAsync(labels[i]);
        }

        await Expect(page.Locator("[data-testid=graph-canvas][data-ready=true]")).ToBeVisibleAsync();
        Assert.Equal(labels.Count, await page.EvaluateAsync<int>("() => window.graphExplorer.cy.nodes().length"));
        Assert.Equal(labels.Count - 1, await page.EvaluateAsync<int>("() => window.graphExplorer.cy.edges().length"));
        await browser.SaveScreenshotAsync("explorer-path.png");
    });

    [Fact]
    public Task Keyboard_SearchAndOpenPaper_WithoutMouseInLabelledLandmarks() => RunAsync("keyboard", async browser =>
    {
        var page = browser.Page;
        await browser.GotoAsync("/");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Banner)).ToHaveCountAsync(1);
        await Expect(page.GetByRole(AriaRole.Navigation, new() { Name = "Main" })).ToHaveCountAsync(1);
        await Expect(page.GetByRole(AriaRole.Main)).ToHaveCountAsync(1);
        await Expect(page.GetByRole(AriaRole.Contentinfo)).ToHaveCountAsync(1);

        await page.Keyboard.PressAsync("Tab");
        Assert.Equal("Skip to content", await page.EvaluateAsync<string>("() => document.activeElement.textContent"));
        await page.Keyboard.PressAsync("Enter");
        Assert.Equal("main", await page.EvaluateAsync<string>("() => document.activeElement.id"));
        await page.Keyboard.PressAsync("Tab");
        Assert.Equal("search", await page.EvaluateAsync<string>("() => document.activeElement.type"));
        await page.Keyboard.TypeAsync("retrieval");
        await page.Keyboard.PressAsync("Enter");
        await Expect(page.Locator(".hit").First).ToBeVisibleAsync();
        Assert.Equal("main", await page.EvaluateAsync<string>("() => document.activeElement.id"));

        // Past the search box and button, a skip link jumps over the filters to the results.
        await page.Keyboard.PressAsync("Tab");
        await page.Keyboard.PressAsync("Tab");
        await page.Keyboard.PressAsync("Tab");
        Assert.Equal("Skip to results", await page.EvaluateAsync<string>("() => document.activeElement.textContent"));
        await page.Keyboard.PressAsync("Enter");
        await page.Keyboard.PressAsync("Tab");
        var first = await page.Locator(".hit h3 a").First.InnerTextAsync();
        Assert.Equal(first, await page.EvaluateAsync<string>("() => document.activeElement.textContent"));
        Assert.NotEqual("none", await page.EvaluateAsync<string>("() => getComputedStyle(document.activeElement).outlineStyle"));
        await page.Keyboard.PressAsync("Enter");

        await Expect(page.Locator("h1#paper-title")).ToHaveTextAsync(first);
        Assert.Equal("main", await page.EvaluateAsync<string>("() => document.activeElement.id"));
        Assert.Equal(first + " · Graph Explorer", await page.TitleAsync());
        var unlabelled = await page.EvaluateAsync<int>(
            "() => [...document.querySelectorAll('input, select, textarea')].filter(e => e.labels.length === 0 && !e.getAttribute('aria-label')).length");
        Assert.Equal(0, unlabelled);
    });

    [Fact]
    public Task Pages_OnLaptopScreen_FitItsWidth() => RunAsync("laptop", async browser =>
    {
        foreach (var (path, ready) in await ExplorerPages.AllAsync(browser))
        {
            await browser.GotoAsync(path);
            await browser.Page.Locator(ready).First.WaitForAsync();

            await browser.AssertFitsWidthAsync();
        }
    });

    [Fact]
    public Task Pages_UnknownPathsAndNames_SayNotFound() => RunAsync("not-found", async browser =>
    {
        var page = browser.Page;

        await browser.GotoAsync("/method/No%20Such%20Method");
        await Expect(page.Locator("h1")).ToHaveTextAsync("Method not found");
        await browser.GotoAsync("/paper/title:0000000000000000");
        await Expect(page.Locator("h1")).ToHaveTextAsync("Paper not found");
        await browser.GotoAsync("/nowhere/at/all");
        await Expect(page.Locator("h1")).ToHaveTextAsync("Not found");

        // A well-formed id of no node: the server answers with an empty neighbourhood and no path, not an error.
        const string missingPaper = "UGFwZXI6YXJ4aXY6MDAwMC4wMDAwMA"; // Paper:arxiv:0000.00000
        await browser.GotoAsync("/graph?node=" + missingPaper);
        await Expect(page.GetByRole(AriaRole.Status).Filter(new() { HasText = "No paper or term has the id " + missingPaper })).ToBeVisibleAsync();
        await browser.GotoAsync("/path?from=" + missingPaper + "&to=" + missingPaper);
        await Expect(page.GetByRole(AriaRole.Status).Filter(new() { HasText = "No paper or term has the id " + missingPaper })).ToBeVisibleAsync();
    });

    /// <summary>The paper of the examples, with everything the checks compare against.</summary>
    internal static async Task<JsonElement> PaperAsync(ExplorerBrowser browser)
    {
        var data = await browser.QueryAsync(
            """
            query($title: String!) {
              papers(first: 1, where: { title: { eq: $title } }) {
                nodes {
                  id graphId
                  methods { method { name } evidence { field start end text } }
                  datasets { dataset { name } evidence { field start end text } }
                  topics { topic { name } evidence { field start end text } }
                  models { model { name } evidence { field start end text } }
                  papersSharingBenchmark(first: 10) { edges { node { title } sharedDatasets { name } } }
                  relatedPapers(first: 10) { reasons { name } }
                }
              }
            }
            """,
            new { title = PaperTitle });
        return data.GetProperty("papers").GetProperty("nodes")[0];
    }

    private static List<(string Kind, string Term, string Text, int Start, int End)> Spans(JsonElement paper, string field) =>
        [.. new[] { "method", "dataset", "topic", "model" }
            .SelectMany(kind => paper.GetProperty(kind + "s").EnumerateArray().SelectMany(link => link.GetProperty("evidence").EnumerateArray()
                .Where(e => e.GetProperty("field").GetString() == field)
                .Select(e => (
                    Kind: kind,
                    Term: link.GetProperty(kind).GetProperty("name").GetString()!,
                    Text: e.GetProperty("text").GetString()!,
                    Start: e.GetProperty("start").GetInt32(),
                    End: e.GetProperty("end").GetInt32()))))
            .OrderBy(s => s.Start)];

    private static IEnumerable<string> Names(JsonElement items, string? property) =>
        items.EnumerateArray().Select(item => (property is null ? item : item.GetProperty(property)).GetProperty("name").GetString()!);

    private async Task RunAsync(string name, Func<ExplorerBrowser, Task> test)
    {
        await using var browser = await ExplorerBrowser.OpenAsync(server.BaseAddress);
        try
        {
            await test(browser);
        }
        catch
        {
            await browser.SaveScreenshotAsync($"explorer-{name}-failure.png");
            throw;
        }

        browser.AssertNoErrors();
    }

    [GeneratedRegex("^Show all")]
    private static partial Regex ShowAll();

    [GeneratedRegex("^SQuAD$")]
    private static partial Regex ExactlySquad();
}
