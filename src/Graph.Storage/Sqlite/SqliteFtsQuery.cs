namespace Graph.Storage.Sqlite;

/// <summary>
/// Turns what a user typed into an FTS5 query that cannot be a syntax error: the <see cref="SearchWords"/> each
/// become a quoted string, and all of them must match. Operators, quotes, column filters and prefix stars in the
/// input are thereby plain text, never syntax.
/// </summary>
internal static class SqliteFtsQuery
{
    /// <summary>The FTS5 query for the text, or null when the text holds no word to search for.</summary>
    public static string? Build(string text)
    {
        var words = SearchWords.Split(text);

        // Doubling quotes is FTS5's escape inside a string; words hold none, but the quoting must not rely on it.
        return words.Count == 0
            ? null
            : string.Join(" ", words.Select(w => "\"" + w.Replace("\"", "\"\"", StringComparison.Ordinal) + "\""));
    }
}
