using System.Text.RegularExpressions;
using Graph.Ingestion.Extraction;

namespace Graph.Benchmarks.Extraction;

/// <summary>
/// The naive baseline: one compiled regex per vocabulary term, each run over the whole text to find where any of
/// the term's names starts at a word boundary. It feeds the spans it finds to the extractor's own
/// <see cref="TermMatchSelector"/>, so it must link exactly what the trie links (a test checks this); only the way
/// candidate spans are found differs, and the cost grows with the size of the vocabulary.
/// </summary>
internal sealed class RegexPerTermMatcher : ITermMatcher
{
    private readonly List<(Regex Pattern, IndexedForm[] Forms)> _terms;

    public RegexPerTermMatcher(IReadOnlyList<SurfaceForm> forms)
    {
        ArgumentNullException.ThrowIfNull(forms);
        _terms = forms
            .Select((form, index) => new IndexedForm(form, index))
            .GroupBy(f => f.Form.TermId, StringComparer.Ordinal)
            .Select(term => (TermPattern(term.Select(f => f.Form.Lower)), term.ToArray()))
            .ToList();
    }

    /// <summary>The number of regexes (one per term).</summary>
    public int PatternCount => _terms.Count;

    /// <inheritdoc />
    public List<TermMatch> Match(FoldedText text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var lower = text.Lower;
        var found = new List<(int Start, IndexedForm Form)>();
        foreach (var (pattern, forms) in _terms)
        {
            // Restart one character after each hit, not after its end, so overlapping names are all found.
            for (var hit = pattern.Match(lower); hit.Success; hit = pattern.Match(lower, hit.Index + 1))
            {
                // The regex says a name of this term starts here; which of its spellings do is bookkeeping.
                foreach (var form in forms)
                {
                    if (lower.AsSpan(hit.Index).StartsWith(form.Form.Lower, StringComparison.Ordinal))
                    {
                        found.Add((hit.Index, form));
                    }
                }
            }
        }

        // The selector wants starts in order and, at one start, names by length, then in vocabulary order.
        found.Sort((a, b) =>
            a.Start != b.Start ? a.Start.CompareTo(b.Start)
            : a.Form.Form.Lower.Length != b.Form.Form.Lower.Length ? a.Form.Form.Lower.Length.CompareTo(b.Form.Form.Lower.Length)
            : a.Form.Index.CompareTo(b.Form.Index));

        var selector = new TermMatchSelector(text);
        for (var i = 0; i < found.Count;)
        {
            var start = found[i].Start;
            if (!TermMatchSelector.IsCandidateStart(text, start))
            {
                i++;
                continue;
            }

            selector.Begin(start);
            while (i < found.Count && found[i].Start == start)
            {
                // Forms of one length at one start are one name: offered together, as a trie node holds them.
                var length = found[i].Form.Form.Lower.Length;
                var sameName = new List<SurfaceForm>();
                for (; i < found.Count && found[i].Start == start && found[i].Form.Form.Lower.Length == length; i++)
                {
                    sameName.Add(found[i].Form.Form);
                }

                selector.Offer(start + length, sameName);
            }

            selector.End();
        }

        return selector.Result();
    }

    /// <summary>Any of the names, at a word start: <c>(?&lt;![\p{L}\p{Nd}])(?:name1|name2|…)</c>.</summary>
    private static Regex TermPattern(IEnumerable<string> names)
    {
        var alternatives = names.Distinct(StringComparer.Ordinal)
            .OrderByDescending(n => n.Length)
            .Select(Regex.Escape);
        return new Regex(
            @"(?<![\p{L}\p{Nd}])(?:" + string.Join('|', alternatives) + ")",
            RegexOptions.Compiled | RegexOptions.CultureInvariant);
    }

    private sealed record IndexedForm(SurfaceForm Form, int Index);
}
