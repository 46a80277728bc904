using System.Collections.Concurrent;

namespace Graph.Ingestion.Extraction;

/// <summary>Checks that one of a term's context words stands near a match ("ARC" next to "challenge").</summary>
internal static class ContextWindow
{
    private const int Reach = 60;

    // Context words come from the vocabulary, a bounded set: each is folded once.
    private static readonly ConcurrentDictionary<string, string> Folded = new(StringComparer.Ordinal);

    /// <summary>True when any context word occurs as a whole word within <see cref="Reach"/> characters.</summary>
    public static bool HasContext(FoldedText text, int start, int end, IReadOnlyList<string> contexts)
    {
        var from = Math.Max(0, start - Reach);
        var to = Math.Min(text.Length, end + Reach);
        foreach (var context in contexts)
        {
            var word = Folded.GetOrAdd(context, c => FoldedText.Fold(c).Lower);
            for (var at = text.Lower.IndexOf(word, from, to - from, StringComparison.Ordinal);
                 at >= 0;
                 at = text.Lower.IndexOf(word, at + 1, to - at - 1, StringComparison.Ordinal))
            {
                var inMatch = at >= start && at < end;
                if (!inMatch && text.IsWordStart(at) && IsWordOrPluralEnd(text, at + word.Length))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static bool IsWordOrPluralEnd(FoldedText text, int end) =>
        text.IsWordEnd(end) || (end < text.Length && text.Lower[end] == 's' && text.IsWordEnd(end + 1));
}
