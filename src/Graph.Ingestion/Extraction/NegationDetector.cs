namespace Graph.Ingestion.Extraction;

/// <summary>
/// Decides whether a mention is negated or avoided ("replay-free", "without knowledge distillation",
/// "w/o LoRA", "non-MoE", "eliminates the need for RLHF"): such a mention is not a use of the term.
/// </summary>
/// <remarks>
/// The cue must stand in the same clause, at most <see cref="Window"/> words before the mention; clause
/// punctuation and contrastive conjunctions end the search.
/// </remarks>
internal static class NegationDetector
{
    private const int Window = 5;

    private static readonly HashSet<string> SingleWordCues = new(StringComparer.Ordinal)
    {
        "without", "avoid", "avoids", "avoiding", "bypass", "bypasses", "bypassing", "obviate", "obviates",
        "obviating", "sans",
    };

    // Multi-word cues as word sequences, matched against the words before the mention.
    private static readonly string[][] PhraseCues =
    [
        ["w", "o"], ["free", "of"], ["absence", "of"], ["instead", "of"], ["rather", "than"],
        ["eliminate", "the", "need"], ["eliminates", "the", "need"], ["eliminating", "the", "need"],
        ["removes", "the", "need"], ["removing", "the", "need"], ["dispense", "with"], ["dispenses", "with"], ["not", "use"],
        ["not", "using"], ["not", "require"], ["not", "requiring"], ["not", "rely"], ["not", "relying"],
        ["not", "need"], ["no", "need"], ["not", "employ"], ["not", "apply"], ["never"],
    ];

    // Words that end the clause the cue must share with the mention.
    private static readonly HashSet<string> ClauseBreaks = new(StringComparer.Ordinal)
    {
        "but", "while", "whereas", "which", "although", "though", "yet", "then", "where", "when",
    };

    /// <summary>True when the match at folded positions [start, end) is negated.</summary>
    public static bool IsNegated(FoldedText text, int start, int end) =>
        HasFreeSuffix(text.Lower, end) || HasNegatingPrefix(text.Lower, start) || HasCueBefore(text.Lower, start);

    /// <summary>"replay-free", "LoRA free": the term names what is absent.</summary>
    private static bool HasFreeSuffix(string lower, int end) =>
        end + 5 <= lower.Length && lower.AsSpan(end, 5).SequenceEqual(" free") &&
        (end + 5 == lower.Length || !char.IsLetterOrDigit(lower[end + 5]));

    /// <summary>"non-MoE", "no replay".</summary>
    private static bool HasNegatingPrefix(string lower, int start)
    {
        var words = WordsBefore(lower, start, 1);
        return words.Count == 1 && words[0] is "non" or "no";
    }

    private static bool HasCueBefore(string lower, int start)
    {
        var words = WordsBefore(lower, start, Window);
        for (var i = 0; i < words.Count; i++)
        {
            if (SingleWordCues.Contains(words[i]))
            {
                return true;
            }

            foreach (var cue in PhraseCues)
            {
                if (i + cue.Length <= words.Count && cue.AsSpan().SequenceEqual(words.GetRange(i, cue.Length).ToArray()))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>Up to <paramref name="max"/> words before a position, nearest last, stopping at a clause break.</summary>
    private static List<string> WordsBefore(string lower, int start, int max)
    {
        var words = new List<string>(max);
        var i = start - 1;
        while (words.Count < max && i >= 0)
        {
            while (i >= 0 && lower[i] == ' ')
            {
                i--;
            }

            // "without supervised fine-tuning (SFT)": an abbreviation in parentheses shares its long form's context.
            if (words.Count == 0 && i > 0 && lower[i] == '(')
            {
                i--;
                continue;
            }

            if (i < 0 || !char.IsLetterOrDigit(lower[i]))
            {
                break;
            }

            var end = i + 1;
            while (i >= 0 && (char.IsLetterOrDigit(lower[i]) || lower[i] == '\''))
            {
                i--;
            }

            var word = lower[(i + 1)..end];
            if (ClauseBreaks.Contains(word))
            {
                break;
            }

            words.Insert(0, word);
            if (i >= 0 && lower[i] != ' ')
            {
                break;
            }
        }

        return words;
    }
}
