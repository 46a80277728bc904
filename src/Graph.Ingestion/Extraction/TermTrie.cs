using Graph.Core.Domain;

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

    /// <summary>
    /// The matches in a text, in text order: for each kind, the leftmost-longest non-overlapping matches. Kinds are
    /// matched independently, because a topic cue ("text-to-image diffusion models") may contain a method
    /// ("diffusion models"); but nothing is kept inside a longer name of a model or dataset ("Vision Transformer"
    /// does not also mention "Transformer", "Alpaca dataset" does not mention the model "Alpaca").
    /// </summary>
    public List<TermMatch> Match(FoldedText text)
    {
        var kinds = Enum.GetValues<EntityKind>().Length;
        var perKind = new List<TermMatch>[kinds];
        var nextFree = new int[kinds];
        var best = new TermMatch?[kinds];
        var lower = text.Lower;
        for (var i = 0; i < lower.Length; i++)
        {
            if (lower[i] == ' ' || !text.IsWordStart(i))
            {
                continue;
            }

            Array.Clear(best);
            LongestAt(text, i, best);
            for (var k = 0; k < kinds; k++)
            {
                if (best[k] is { } match && i >= nextFree[k])
                {
                    (perKind[k] ??= []).Add(match);
                    nextFree[k] = match.End;
                }
            }
        }

        var all = perKind.Where(l => l is not null).SelectMany(l => l).ToList();
        var names = all.Where(m => m.Kind is EntityKind.Model or EntityKind.Dataset).ToList();
        all.RemoveAll(m => names.Exists(n => n.Kind != m.Kind && n.Start <= m.Start && m.End <= n.End && n.End - n.Start > m.End - m.Start));
        all.Sort((a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : a.Kind.CompareTo(b.Kind));
        return all;
    }

    private void LongestAt(FoldedText text, int start, TermMatch?[] best)
    {
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
                Accept(text, start, end, end, node.Forms, plural: false, best);
            }

            var pluralEnd = PluralEnd(lower, end);
            if (pluralEnd > 0 && text.IsWordEnd(pluralEnd))
            {
                Accept(text, start, end, pluralEnd, node.Forms, plural: true, best);
            }
        }
    }

    private static int PluralEnd(string lower, int end)
    {
        if (end < lower.Length && lower[end] == 's')
        {
            return end + 1;
        }

        return end + 1 < lower.Length && lower[end] == 'e' && lower[end + 1] == 's' ? end + 2 : -1;
    }

    /// <summary>Records, per kind, the forms that match here, replacing shorter matches of that kind.</summary>
    private static void Accept(
        FoldedText text, int start, int formEnd, int matchEnd, List<SurfaceForm> forms, bool plural, TermMatch?[] best)
    {
        foreach (var form in forms)
        {
            if ((plural && !form.AllowsPlural) ||
                (form.CaseSensitive && string.CompareOrdinal(text.Cased, start, form.Cased, 0, formEnd - start) != 0))
            {
                continue;
            }

            var k = (int)form.Kind;
            if (best[k] is { } current && current.End == matchEnd)
            {
                // One form per term: the same term may be reachable through several spellings.
                if (!current.Forms.Any(f => f.TermId == form.TermId))
                {
                    best[k] = current with { Forms = [.. current.Forms, form] };
                }
            }
            else if (best[k] is null || best[k]!.End < matchEnd)
            {
                best[k] = new TermMatch(start, matchEnd, [form]);
            }
        }
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
