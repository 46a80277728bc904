using System.Collections.Concurrent;
using System.Reflection;

namespace Graph.Storage.Cypher;

/// <summary>
/// The Cypher statements of the <c>cypher/</c> folder, embedded in this assembly and loaded by name
/// (<c>ingest/merge-papers</c>). A missing name fails loudly rather than running something else.
/// </summary>
public static class CypherCatalog
{
    private const string Prefix = "cypher/";
    private static readonly Assembly Assembly = typeof(CypherCatalog).Assembly;
    private static readonly ConcurrentDictionary<string, string> Cache = new(StringComparer.Ordinal);

    /// <summary>Every statement name the catalogue holds, e.g. <c>ingest/merge-papers</c>.</summary>
    public static IReadOnlyList<string> Names { get; } = Assembly.GetManifestResourceNames()
        .Where(n => n.StartsWith(Prefix, StringComparison.Ordinal) && n.EndsWith(".cypher", StringComparison.Ordinal))
        .Select(n => n[Prefix.Length..^".cypher".Length])
        .Order(StringComparer.Ordinal)
        .ToList();

    /// <summary>The statement with the given name, without its leading comment lines.</summary>
    /// <exception cref="KeyNotFoundException">No statement has that name.</exception>
    public static string Get(string name) => Cache.GetOrAdd(name, Load);

    private static string Load(string name)
    {
        using var stream = Assembly.GetManifestResourceStream(Prefix + name + ".cypher")
            ?? throw new KeyNotFoundException($"No Cypher statement named '{name}' is embedded; known: {string.Join(", ", Names)}.");
        using var reader = new StreamReader(stream);
        var lines = reader.ReadToEnd().Split('\n').SkipWhile(l => l.TrimStart().StartsWith("//", StringComparison.Ordinal));
        return string.Join('\n', lines).Trim();
    }
}
