using Graph.Core.Domain;

namespace Graph.Storage;

/// <summary>How two terms combine when one is merged into the other, the same on every backend.</summary>
internal static class TermMerge
{
    /// <summary>
    /// The survivor's aliases, then the merged term's name and aliases, each name once ignoring case and
    /// surrounding space; the survivor's own name is never an alias.
    /// </summary>
    public static IReadOnlyList<string> Aliases(Entity survivor, Entity merged)
    {
        ArgumentNullException.ThrowIfNull(survivor);
        ArgumentNullException.ThrowIfNull(merged);
        var seen = new HashSet<string>(StringComparer.Ordinal) { Key(survivor.Name) };
        return survivor.Aliases.Append(merged.Name).Concat(merged.Aliases)
            .Where(name => !string.IsNullOrWhiteSpace(name) && seen.Add(Key(name)))
            .ToList();
    }

    /// <summary>
    /// The spans of two links of one paper as one list: each span once, title before abstract, by position.
    /// </summary>
    public static IReadOnlyList<Evidence> Evidence(IEnumerable<Evidence> survivor, IEnumerable<Evidence> merged) =>
        survivor.Concat(merged)
            .DistinctBy(span => (span.Field, span.Start, span.End))
            .OrderBy(span => span.Field)
            .ThenBy(span => span.Start)
            .ThenBy(span => span.End)
            .ToList();

    // The same key the name lookups use, so an alias that differs only in case is the same name.
    private static string Key(string name) => name.Trim().ToLowerInvariant();
}
