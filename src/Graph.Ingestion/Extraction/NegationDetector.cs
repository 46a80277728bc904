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

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> SingleWordCueLookup =
        SingleWordCues.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> ClauseBreakLookup =
        ClauseBreaks.GetAlternateLookup<ReadOnlySpan<char>>();

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
        Span<Range> words = stackalloc Range[1];
        var count = WordsBefore(lower, start, words);
        if (count != 1)
        {
            return false;
        }

        var word = lower.AsSpan()[words[0]];
        return word.SequenceEqual("non") || word.SequenceEqual("no");
    }

    private static bool HasCueBefore(string lower, int start)
    {
        Span<Range> found = stackalloc Range[Window];
        var count = WordsBefore(lower, start, found);
        var words = found[(Window - count)..];
        for (var i = 0; i < count; i++)
        {
            if (SingleWordCueLookup.Contains(lower.AsSpan()[words[i]]))
            {
                return true;
            }

            foreach (var cue in PhraseCues)
            {
                if (i + cue.Length <= count && IsPhrase(lower, words.Slice(i, cue.Length), cue))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static bool IsPhrase(string lower, ReadOnlySpan<Range> words, string[] cue)
    {
        for (var j = 0; j < cue.Length; j++)
        {
            if (!lower.AsSpan()[words[j]].SequenceEqual(cue[j]))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// Up to <c>words.Length</c> words before a position, stopping at a clause break, written to the end of
    /// <paramref name="words"/> nearest last; returns how many were found.
    /// </summary>
    private static int WordsBefore(string lower, int start, Span<Range> words)
    {
        var max = words.Length;
        var count = 0;
        var i = start - 1;
        while (count < max && i >= 0)
        {
            while (i >= 0 && lower[i] == ' ')
            {
                i--;
            }

            // "without supervised fine-tuning (SFT)": an abbreviation in parentheses shares its long form's context.
            if (count == 0 && i > 0 && lower[i] == '(')
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

            if (ClauseBreakLookup.Contains(lower.AsSpan(i + 1, end - i - 1)))
            {
                break;
            }

            words[max - 1 - count] = new Range(i + 1, end);
            count++;
            if (i >= 0 && lower[i] != ' ')
            {
                break;
            }
        }

        return count;
    }
}
