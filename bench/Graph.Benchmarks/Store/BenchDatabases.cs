namespace Graph.Benchmarks.Store;

/// <summary>
/// The databases the store benchmarks read, from <c>GRAPH_BENCH_DATABASES</c>: <c>label=path</c> pairs separated by
/// commas (<c>10k=/tmp/graph-10k.db,1M=/tmp/graph-1m.db</c>), each made by <c>graph ingest</c> from
/// <c>graph synth</c> output (bench/README.md).
/// </summary>
public static class BenchDatabases
{
    public const string Variable = "GRAPH_BENCH_DATABASES";

    // BenchmarkDotNet reads every benchmark's parameters, even those a filter leaves out, so an unset variable
    // must not fail the other benchmarks: it gives one label whose setup explains what to set.
    private const string Unset = "unset";

    /// <summary>The labels, in the order given.</summary>
    public static IEnumerable<string> Labels()
    {
        var databases = Parse();
        return databases.Count == 0 ? [Unset] : databases.Keys;
    }

    /// <summary>The database file of a label.</summary>
    public static string PathOf(string label)
    {
        var databases = Parse();
        if (databases.Count == 0)
        {
            throw new InvalidOperationException(
                $"Set {Variable} to label=path pairs (10k=/tmp/graph-10k.db,...) of databases made by graph ingest.");
        }

        return databases.TryGetValue(label, out var path) && File.Exists(path)
            ? path
            : throw new InvalidOperationException($"{Variable} names no existing database for '{label}'.");
    }

    private static Dictionary<string, string> Parse() =>
        (Environment.GetEnvironmentVariable(Variable) ?? "")
            .Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(pair => pair.Split('=', 2, StringSplitOptions.TrimEntries))
            .ToDictionary(pair => pair[0], pair => pair.Length == 2 ? pair[1] : "", StringComparer.Ordinal);
}
