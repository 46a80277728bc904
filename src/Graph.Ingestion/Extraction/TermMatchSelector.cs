using Graph.Core.Domain;

namespace Graph.Ingestion.Extraction;

/// <summary>
/// Chooses the matches of one text from the candidate spans a matcher offers. Candidates are offered start by
/// start, in increasing start order: for each start, <see cref="Begin"/>, then every set of surface forms whose
/// folded name occurs there (<see cref="Offer"/>, in increasing name length), then <see cref="End"/>.
/// </summary>
/// <remarks>
/// The rules: whole words only (a trailing <c>s</c>/<c>es</c> for forms that allow a plural); case must match for
/// case-sensitive forms; for each kind, the leftmost-longest non-overlapping matches, all terms that tie on the
/// longest span kept together. Kinds are matched independently, because a topic cue ("text-to-image diffusion
/// models") may contain a method ("diffusion models"); but nothing is kept inside a longer name of a model or
/// dataset ("Vision Transformer" does not also mention "Transformer", "Alpaca dataset" does not mention the model
/// "Alpaca").
/// </remarks>
internal sealed class TermMatchSelector
{
    private static readonly int Kinds = Enum.GetValues<EntityKind>().Length;

    private readonly FoldedText _text;
    private readonly List<TermMatch>?[] _perKind = new List<TermMatch>?[Kinds];
    private readonly int[] _nextFree = new int[Kinds];
    private readonly TermMatch?[] _best = new TermMatch?[Kinds];
    private int _start = -1;

    public TermMatchSelector(FoldedText text)
    {
        ArgumentNullException.ThrowIfNull(text);
        _text = text;
    }

    /// <summary>True when a name may start at folded position <paramref name="i"/>: a word start, not a space.</summary>
    public static bool IsCandidateStart(FoldedText text, int i) => text.Lower[i] != ' ' && text.IsWordStart(i);

    /// <summary>Starts collecting the candidates at folded position <paramref name="start"/>.</summary>
    public void Begin(int start)
    {
        Array.Clear(_best);
        _start = start;
    }

    /// <summary>
    /// Offers forms that share one folded name occurring at the current start and ending before
    /// <paramref name="formEnd"/>; each is accepted if the word ends there (or after a plural ending it allows)
    /// and its case fits.
    /// </summary>
    public void Offer(int formEnd, IReadOnlyList<SurfaceForm> forms)
    {
        if (_text.IsWordEnd(formEnd))
        {
            Accept(formEnd, formEnd, forms, plural: false);
        }

        var pluralEnd = PluralEnd(_text.Lower, formEnd);
        if (pluralEnd > 0 && _text.IsWordEnd(pluralEnd))
        {
            Accept(formEnd, pluralEnd, forms, plural: true);
        }
    }

    /// <summary>Keeps, per kind, the longest match at the current start unless an earlier match covers it.</summary>
    public void End()
    {
        for (var k = 0; k < Kinds; k++)
        {
            if (_best[k] is { } match && _start >= _nextFree[k])
            {
                (_perKind[k] ??= []).Add(match);
                _nextFree[k] = match.End;
            }
        }
    }

    /// <summary>The selected matches in text order (kind order at one start).</summary>
    public List<TermMatch> Result()
    {
        var all = new List<TermMatch>();
        foreach (var matches in _perKind)
        {
            if (matches is not null)
            {
                all.AddRange(matches);
            }
        }

        var names = all.Where(m => m.Kind is EntityKind.Model or EntityKind.Dataset).ToList();
        if (names.Count > 0)
        {
            all.RemoveAll(m => names.Exists(n =>
                n.Kind != m.Kind && n.Start <= m.Start && m.End <= n.End && n.End - n.Start > m.End - m.Start));
        }

        all.Sort((a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : a.Kind.CompareTo(b.Kind));
        return all;
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
    private void Accept(int formEnd, int matchEnd, IReadOnlyList<SurfaceForm> forms, bool plural)
    {
        foreach (var form in forms)
        {
            if ((plural && !form.AllowsPlural) ||
                (form.CaseSensitive && string.CompareOrdinal(_text.Cased, _start, form.Cased, 0, formEnd - _start) != 0))
            {
                continue;
            }

            var k = (int)form.Kind;
            if (_best[k] is { } current && current.End == matchEnd)
            {
                // One form per term: the same term may be reachable through several spellings.
                if (!current.Forms.Any(f => f.TermId == form.TermId))
                {
                    _best[k] = current with { Forms = [.. current.Forms, form] };
                }
            }
            else if (_best[k] is null || _best[k]!.End < matchEnd)
            {
                _best[k] = new TermMatch(_start, matchEnd, [form]);
            }
        }
    }
}
