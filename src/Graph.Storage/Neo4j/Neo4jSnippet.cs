using System.Text;

namespace Graph.Storage.Neo4j;

/// <summary>
/// Builds a search hit's snippet, which Neo4j's full-text index does not: the field (title or abstract) with more
/// of the searched words, cut to a window of <see cref="WindowWords"/> words around the first match, with every
/// matched word marked, then made safe HTML by <see cref="SnippetMarkup"/>.
/// </summary>
internal static class Neo4jSnippet
{
    /// <summary>The most words a snippet shows.</summary>
    public const int WindowWords = 24;

    private const char Ellipsis = '…';

    public static string Build(string title, string abstractText, IReadOnlyList<string> words)
    {
        var wanted = new HashSet<string>(words, StringComparer.OrdinalIgnoreCase);
        var titleWords = Tokenize(title);
        var abstractWords = Tokenize(abstractText);
        var useAbstract = abstractWords.Count(w => wanted.Contains(w.Text)) > titleWords.Count(w => wanted.Contains(w.Text));
        var (text, tokens) = useAbstract ? (abstractText, abstractWords) : (title, titleWords);
        if (tokens.Count == 0)
        {
            return SnippetMarkup.ToHtml(text);
        }

        var firstMatch = Math.Max(0, tokens.FindIndex(w => wanted.Contains(w.Text)));
        var start = Math.Max(0, Math.Min(firstMatch - (WindowWords / 4), tokens.Count - WindowWords));
        var end = Math.Min(tokens.Count, start + WindowWords);
        var from = start == 0 ? 0 : tokens[start].Start;
        var to = end == tokens.Count ? text.Length : tokens[end - 1].End;

        var raw = new StringBuilder();
        if (start > 0)
        {
            raw.Append(Ellipsis);
        }

        var at = from;
        for (var i = start; i < end; i++)
        {
            var token = tokens[i];
            raw.Append(text, at, token.Start - at);
            if (wanted.Contains(token.Text))
            {
                raw.Append(SnippetMarkup.MatchStart).Append(token.Text).Append(SnippetMarkup.MatchEnd);
            }
            else
            {
                raw.Append(token.Text);
            }

            at = token.End;
        }

        raw.Append(text, at, to - at);
        if (end < tokens.Count)
        {
            raw.Append(Ellipsis);
        }

        return SnippetMarkup.ToHtml(raw.ToString());
    }

    private static List<(string Text, int Start, int End)> Tokenize(string text)
    {
        var tokens = new List<(string, int, int)>();
        var start = -1;
        var index = 0;
        foreach (var rune in text.EnumerateRunes())
        {
            if (SearchWords.IsWordPart(rune))
            {
                if (start < 0)
                {
                    start = index;
                }
            }
            else if (start >= 0)
            {
                tokens.Add((text[start..index], start, index));
                start = -1;
            }

            index += rune.Utf16SequenceLength;
        }

        if (start >= 0)
        {
            tokens.Add((text[start..], start, text.Length));
        }

        return tokens;
    }
}
