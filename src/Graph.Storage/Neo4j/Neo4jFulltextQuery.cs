using System.Globalization;

namespace Graph.Storage.Neo4j;

/// <summary>
/// Turns what a user typed into a Lucene query for the <c>paper_text</c> index that cannot be a syntax error: the
/// <see cref="SearchWords"/> each become a quoted phrase, all of them required, each
/// matched in the title (weighted <see cref="TitleBoost"/>) or the abstract. Operators, quotes, field names and
/// wildcards in the input are thereby plain text, never syntax.
/// </summary>
internal static class Neo4jFulltextQuery
{
    /// <summary>How much more a match in the title counts than one in the abstract (as in the SQLite store).</summary>
    public const int TitleBoost = 3;

    /// <summary>The words of the text, in order, without duplicates (ignoring case).</summary>
    public static IReadOnlyList<string> Words(string text) =>
        SearchWords.Split(text).Distinct(StringComparer.OrdinalIgnoreCase).ToList();

    /// <summary>The Lucene query for the words, or null when there is none.</summary>
    public static string? Build(IReadOnlyList<string> words)
    {
        ArgumentNullException.ThrowIfNull(words);

        // Inside quotes only the quote and the backslash are special; words hold neither, but quoting must not rely on it.
        static string Quote(string word) =>
            "\"" + word.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal) + "\"";
        return words.Count == 0
            ? null
            : string.Join(" ", words.Select(w =>
                $"+(title:{Quote(w)}^{TitleBoost.ToString(CultureInfo.InvariantCulture)} abstract:{Quote(w)})"));
    }
}
