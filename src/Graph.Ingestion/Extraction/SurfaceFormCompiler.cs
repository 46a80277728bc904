using Graph.Ingestion.Vocabulary;

namespace Graph.Ingestion.Extraction;

/// <summary>
/// Turns a term's names into the forms the trie stores: folded separators, optional separators between a
/// letter and a digit (<c>Llama 3</c> = <c>Llama3</c>), joined common prefixes (<c>fine-tuning</c> =
/// <c>finetuning</c>), and the case rule of docs/vocabulary.md.
/// </summary>
internal static class SurfaceFormCompiler
{
    // Prefixes that writers attach with or without a hyphen.
    private static readonly HashSet<string> JoinablePrefixes = new(StringComparer.Ordinal)
    {
        "pre", "post", "fine", "multi", "semi", "co", "re", "sub", "meta", "mini", "self", "cross",
    };

    private const int MaxOptionalBoundaries = 3;

    public static IEnumerable<SurfaceForm> Compile(VocabularyTerm term)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var form in term.SurfaceForms)
        {
            var caseSensitive = term.CaseSensitive ?? HasInnerCapital(form);
            foreach (var variant in Variants(FoldedText.Fold(form).Cased))
            {
                var lower = variant.ToLowerInvariant();
                if (lower.Length > 0 && seen.Add(caseSensitive ? variant : lower))
                {
                    var allowsPlural = char.IsLetter(variant[^1]);
                    yield return new SurfaceForm(term.Entity.Id, term.Entity.Kind, lower, variant, caseSensitive, allowsPlural);
                }
            }
        }
    }

    /// <summary>The case rule: a capital after the first letter of a word (LoRA, MMLU, GPT) makes case matter.</summary>
    public static bool HasInnerCapital(string form)
    {
        var atWordStart = true;
        foreach (var c in form)
        {
            if (!char.IsLetterOrDigit(c))
            {
                atWordStart = true;
                continue;
            }

            if (!atWordStart && char.IsUpper(c))
            {
                return true;
            }

            atWordStart = false;
        }

        return false;
    }

    private static List<string> Variants(string folded)
    {
        // Positions where a separator is optional: between a letter and a digit, and after a joinable prefix.
        var optional = new List<int>();
        for (var i = 1; i < folded.Length; i++)
        {
            var joinedLetterDigit = char.IsLetter(folded[i - 1]) && char.IsDigit(folded[i]);
            var spacedLetterDigit = folded[i] == ' ' && i + 1 < folded.Length &&
                char.IsLetter(folded[i - 1]) && char.IsDigit(folded[i + 1]);
            var spacedPrefix = folded[i] == ' ' && JoinablePrefixes.Contains(LastWord(folded, i).ToLowerInvariant());
            if (joinedLetterDigit || spacedLetterDigit || spacedPrefix)
            {
                optional.Add(i);
            }
        }

        if (optional.Count == 0 || optional.Count > MaxOptionalBoundaries)
        {
            return [folded];
        }

        var variants = new List<string>();
        for (var mask = 0; mask < 1 << optional.Count; mask++)
        {
            var builder = new System.Text.StringBuilder(folded.Length + optional.Count);
            var next = 0;
            for (var i = 0; i < folded.Length; i++)
            {
                var isOptional = next < optional.Count && optional[next] == i;
                var wantSeparator = isOptional && (mask & (1 << next)) != 0;
                if (isOptional)
                {
                    next++;
                    if (folded[i] == ' ')
                    {
                        if (wantSeparator)
                        {
                            builder.Append(' ');
                        }

                        continue;
                    }

                    if (wantSeparator)
                    {
                        builder.Append(' ');
                    }
                }

                builder.Append(folded[i]);
            }

            variants.Add(builder.ToString());
        }

        return variants;
    }

    private static string LastWord(string text, int end)
    {
        var start = text.LastIndexOf(' ', end - 1) + 1;
        return text[start..end];
    }
}
