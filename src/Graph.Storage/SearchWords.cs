using System.Globalization;
using System.Text;

namespace Graph.Storage;

/// <summary>
/// The words of what a user typed into search, as every backend reads them: runs of letters, digits and combining
/// marks. Everything else (operators, quotes, field names, wildcards, emoji) separates words and is never syntax.
/// </summary>
internal static class SearchWords
{
    /// <summary>The words of the text, in order.</summary>
    public static List<string> Split(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var words = new List<string>();
        var word = new StringBuilder();
        foreach (var rune in text.EnumerateRunes())
        {
            if (IsWordPart(rune))
            {
                word.Append(rune.ToString());
            }
            else if (word.Length > 0)
            {
                words.Add(word.ToString());
                word.Clear();
            }
        }

        if (word.Length > 0)
        {
            words.Add(word.ToString());
        }

        return words;
    }

    /// <summary>True for the characters a word is made of.</summary>
    public static bool IsWordPart(Rune rune) =>
        Rune.IsLetterOrDigit(rune) || Rune.GetUnicodeCategory(rune) is
            UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark;
}
