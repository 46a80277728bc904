using System.Text;

namespace Graph.Storage;

/// <summary>
/// Turns a search engine's snippet into safe HTML: the engine marks matches with control characters, the text is
/// HTML-escaped, and only then do the markers become &lt;mark&gt; tags.
/// </summary>
/// <remarks>
/// Escaping before marking means text can never smuggle markup in; a stray marker character in a stored title
/// could at worst unbalance the &lt;mark&gt; tags.
/// </remarks>
internal static class SnippetMarkup
{
    /// <summary>Marks the start of a match in the raw snippet.</summary>
    public const char MatchStart = '\u0002';

    /// <summary>Marks the end of a match in the raw snippet.</summary>
    public const char MatchEnd = '\u0003';

    /// <summary>Escapes the snippet for HTML and replaces the markers with &lt;mark&gt; and &lt;/mark&gt;.</summary>
    public static string ToHtml(string rawSnippet)
    {
        ArgumentNullException.ThrowIfNull(rawSnippet);
        var html = new StringBuilder(rawSnippet.Length + 32);
        foreach (var c in rawSnippet)
        {
            _ = c switch
            {
                '&' => html.Append("&amp;"),
                '<' => html.Append("&lt;"),
                '>' => html.Append("&gt;"),
                '"' => html.Append("&quot;"),
                '\'' => html.Append("&#39;"),
                MatchStart => html.Append("<mark>"),
                MatchEnd => html.Append("</mark>"),
                _ => html.Append(c),
            };
        }

        return html.ToString();
    }
}
