namespace Graph.Ingestion.Extraction;

/// <summary>
/// Every surface form of the vocabulary in one character trie over folded, lower-cased text. Matching walks the
/// trie from each word start and keeps the leftmost-longest match, so the cost depends on the text, not on the
/// size of the vocabulary.
/// </summary>
internal sealed class TermTrie
{
    private readonly Node _root = new();

    public TermTrie(IEnumerable<SurfaceForm> forms)
    {
        foreach (var form in forms)
        {
            var node = _root;
            foreach (var c in form.Lower)
            {
                node = node.Child(c);
            }

            (node.Forms ??= []).Add(form);
        }
    }

    /// <summary>The leftmost-longest, non-overlapping matches in a text, in text order.</summary>
    public List<TermMatch> Match(FoldedText text)
    {
        var matches = new List<TermMatch>();
        var lower = text.Lower;
        for (var i = 0; i < lower.Length; i++)
        {
            if (lower[i] == ' ' || !text.IsWordStart(i))
            {
                continue;
            }

            var best = LongestAt(text, i);
            if (best is not null)
            {
                matches.Add(best);
                i = best.End - 1;
            }
        }

        return matches;
    }

    private TermMatch? LongestAt(FoldedText text, int start)
    {
        TermMatch? best = null;
        var node = _root;
        var lower = text.Lower;
        for (var j = start; j < lower.Length; j++)
        {
            node = node.Next(lower[j]);
            if (node is null)
            {
                break;
            }

            if (node.Forms is null)
            {
                continue;
            }

            var end = j + 1;
            if (text.IsWordEnd(end))
            {
                best = Accept(text, start, end, end, node.Forms, plural: false) ?? best;
            }

            var pluralEnd = PluralEnd(lower, end);
            if (pluralEnd > 0 && text.IsWordEnd(pluralEnd))
            {
                best = Accept(text, start, end, pluralEnd, node.Forms, plural: true) ?? best;
            }
        }

        return best;
    }

    private static int PluralEnd(string lower, int end)
    {
        if (end < lower.Length && lower[end] == 's')
        {
            return end + 1;
        }

        return end + 1 < lower.Length && lower[end] == 'e' && lower[end + 1] == 's' ? end + 2 : -1;
    }

    private static TermMatch? Accept(
        FoldedText text, int start, int formEnd, int matchEnd, List<SurfaceForm> forms, bool plural)
    {
        List<SurfaceForm>? accepted = null;
        foreach (var form in forms)
        {
            if (plural && !form.AllowsPlural)
            {
                continue;
            }

            if (form.CaseSensitive && string.CompareOrdinal(text.Cased, start, form.Cased, 0, formEnd - start) != 0)
            {
                continue;
            }

            // One form per term: the same term may be reachable through several spellings.
            if (accepted?.Exists(f => f.TermId == form.TermId) != true)
            {
                (accepted ??= []).Add(form);
            }
        }

        return accepted is null ? null : new TermMatch(start, matchEnd, accepted);
    }

    private sealed class Node
    {
        private Dictionary<char, Node>? _children;

        public List<SurfaceForm>? Forms { get; set; }

        public Node? Next(char c) => _children is not null && _children.TryGetValue(c, out var next) ? next : null;

        public Node Child(char c)
        {
            _children ??= [];
            if (!_children.TryGetValue(c, out var next))
            {
                next = new Node();
                _children.Add(c, next);
            }

            return next;
        }
    }
}
