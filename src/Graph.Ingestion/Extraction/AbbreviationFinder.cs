namespace Graph.Ingestion.Extraction;

/// <summary>
/// Finds abbreviation definitions, <c>Long Form (LF)</c>, with the Schwartz–Hearst algorithm: the abbreviation's
/// characters are matched right to left in the words before the parenthesis, its first character at a word start.
/// </summary>
internal static class AbbreviationFinder
{
    public static IEnumerable<AbbreviationDefinition> Find(string text)
    {
        for (var open = text.IndexOf('('); open >= 0; open = text.IndexOf('(', open + 1))
        {
            var close = text.IndexOf(')', open + 1);
            if (close < 0)
            {
                yield break;
            }

            // "(LoRA; Hu et al.)" defines LoRA; "(BERT, BioBERT, GPT-2)" lists examples and defines nothing.
            var shortForm = text[(open + 1)..close].Trim();
            if (shortForm.Contains(',', StringComparison.Ordinal))
            {
                continue;
            }

            var semicolon = shortForm.IndexOf(';', StringComparison.Ordinal);
            if (semicolon > 0)
            {
                shortForm = shortForm[..semicolon].Trim();
            }

            if (!IsAbbreviation(shortForm))
            {
                continue;
            }

            var definition = Define(text, open, shortForm);
            if (definition is not null)
            {
                var shortStart = text.IndexOf(shortForm, open, StringComparison.Ordinal);
                yield return definition with { ShortStart = shortStart, ShortEnd = shortStart + shortForm.Length };
            }
        }
    }

    /// <summary>2–10 characters, one word, starting with a letter, with at least two capitals.</summary>
    private static bool IsAbbreviation(string candidate) =>
        candidate.Length is >= 2 and <= 10 && char.IsLetter(candidate[0]) && !candidate.Contains(' ', StringComparison.Ordinal) &&
        candidate.Count(char.IsUpper) >= 2 && candidate.Count(char.IsLetter) >= 2;

    private static AbbreviationDefinition? Define(string text, int open, string shortForm)
    {
        // The long form lies in the same sentence, within min(|A| + 5, 2|A|) words of the parenthesis.
        var sentenceEnd = text.LastIndexOf(". ", open, StringComparison.Ordinal);
        var sentenceStart = Math.Max(
            sentenceEnd < 0 ? 0 : sentenceEnd + 2,
            Math.Max(text.LastIndexOf(';', Math.Max(open - 1, 0)) + 1, text.LastIndexOf(')', Math.Max(open - 1, 0)) + 1));
        var words = text[sentenceStart..open].TrimEnd().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var maxWords = Math.Min(shortForm.Length + 5, shortForm.Length * 2);
        var window = string.Join(' ', words.Skip(Math.Max(0, words.Length - maxWords)));
        var longForm = BestLongForm(shortForm, window);
        if (longForm is null || longForm.Length <= shortForm.Length || longForm.Contains(shortForm, StringComparison.Ordinal))
        {
            return null;
        }

        var longEnd = text.LastIndexOf(longForm, open, StringComparison.Ordinal);
        if (longEnd < 0)
        {
            return null;
        }

        return new AbbreviationDefinition(
            longForm, longEnd, longEnd + longForm.Length, shortForm, 0, 0, Confidence(shortForm, longForm));
    }

    private static string? BestLongForm(string shortForm, string longForm)
    {
        var s = shortForm.Length - 1;
        var l = longForm.Length - 1;
        while (s >= 0)
        {
            var c = char.ToLowerInvariant(shortForm[s]);
            if (!char.IsLetterOrDigit(c))
            {
                s--;
                continue;
            }

            while ((l >= 0 && char.ToLowerInvariant(longForm[l]) != c) ||
                   (s == 0 && l > 0 && char.IsLetterOrDigit(longForm[l - 1])))
            {
                l--;
            }

            if (l < 0)
            {
                return null;
            }

            l--;
            s--;
        }

        var start = longForm.LastIndexOf(' ', Math.Max(l, 0)) + 1;
        return l < 0 ? longForm : longForm[start..].Trim(' ', '"', '\'', ',');
    }

    /// <summary>Higher when the abbreviation's capitals are the long form's word initials.</summary>
    private static double Confidence(string shortForm, string longForm)
    {
        var initials = longForm.Split([' ', '-'], StringSplitOptions.RemoveEmptyEntries)
            .Select(w => char.ToUpperInvariant(w[0])).ToHashSet();
        var capitals = shortForm.Where(char.IsUpper).ToList();
        var covered = capitals.Count(initials.Contains) / (double)capitals.Count;
        return Math.Round(0.5 + (0.45 * covered), 2);
    }
}
