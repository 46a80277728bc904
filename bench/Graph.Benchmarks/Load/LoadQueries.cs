using System.Text.Json.Nodes;

namespace Graph.Benchmarks.Load;

/// <summary>
/// The fixed query mix of the load test. Each request draws its variables from values read from the server once at
/// start (arXiv ids, method and dataset names), with a seeded random number generator per client.
/// </summary>
public sealed class LoadQueries
{
    /// <summary>The target query: a page of 50 papers with their methods, datasets and top-3 papers sharing a benchmark.</summary>
    public const string Page50 = """
        query Page50($before: Date!) {
          papers(first: 50, where: { publishedOn: { lt: $before } }) {
            nodes {
              title
              methods { method { name } }
              datasets { dataset { name } }
              papersSharingBenchmark(first: 3) { edges { sharedDatasets { name } node { title } } }
            }
          }
        }
        """;

    public const string Related = """
        query Related($arxivId: String!) {
          paperByArxivId(arxivId: $arxivId) { title relatedPapers(first: 5) { score paper { title } } }
        }
        """;

    public const string Search = """
        query Search($text: String!) { search(text: $text, first: 10) { rank snippet paper { title } } }
        """;

    public const string Dataset = """
        query Dataset($name: String!) {
          dataset(name: $name) { name paperCount papers(first: 10) { nodes { title publishedOn } } }
        }
        """;

    private const string Seed = """
        {
          papers(first: 100) { nodes { arxivId } }
          methods(first: 30, order: [{ paperCount: DESC }]) { nodes { name } }
          datasets(first: 30, order: [{ paperCount: DESC }]) { nodes { name } }
        }
        """;

    private readonly string[] _arxivIds;
    private readonly string[] _methods;
    private readonly string[] _datasets;

    private LoadQueries(string[] arxivIds, string[] methods, string[] datasets)
    {
        _arxivIds = arxivIds;
        _methods = methods;
        _datasets = datasets;
    }

    /// <summary>The names of the scenarios: the target query alone, or the mix.</summary>
    public static IReadOnlyList<string> Scenarios { get; } = ["page50", "mix"];

    public static async Task<LoadQueries> ReadAsync(HttpClient client, Uri endpoint, CancellationToken cancellationToken)
    {
        var data = await LoadClient.QueryAsync(client, endpoint, Seed, null, cancellationToken);
        string[] Names(string list, string field) =>
            data[list]!["nodes"]!.AsArray().Select(n => n![field]?.GetValue<string>()).OfType<string>().ToArray();
        return new LoadQueries(Names("papers", "arxivId"), Names("methods", "name"), Names("datasets", "name"));
    }

    /// <summary>The next request of a scenario: its name, query and variables.</summary>
    public (string Name, string Query, JsonObject Variables) Next(string scenario, Random random)
    {
        var pick = scenario == "page50" ? 0 : random.Next(10);
        return pick switch
        {
            < 4 => ("page50", Page50, new JsonObject { ["before"] = RandomDate(random) }),
            < 6 => ("related", Related, new JsonObject { ["arxivId"] = _arxivIds[random.Next(_arxivIds.Length)] }),
            < 8 => ("search", Search, new JsonObject { ["text"] = _methods[random.Next(_methods.Length)] }),
            _ => ("dataset", Dataset, new JsonObject { ["name"] = _datasets[random.Next(_datasets.Length)] }),
        };
    }

    // A page of the newest papers before a date between 2019 and 2025: a different page on every request.
    private static string RandomDate(Random random) =>
        new DateOnly(2019, 6, 1).AddDays(random.Next(6 * 365)).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}
