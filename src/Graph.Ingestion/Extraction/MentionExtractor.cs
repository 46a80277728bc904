using Graph.Core.Domain;
using Graph.Ingestion.Vocabulary;

namespace Graph.Ingestion.Extraction;

/// <summary>
/// Links a paper's title and abstract to curated terms in one matcher pass per field, records the evidence span of
/// every link, skips negated mentions, and proposes candidate terms from abbreviation definitions and
/// "the X benchmark" phrases. Thread-safe: one instance serves every paper.
/// </summary>
public sealed class MentionExtractor
{
    private readonly ITermMatcher _matcher;

    /// <summary>Compiles the vocabulary into the matcher.</summary>
    public MentionExtractor(TermVocabulary vocabulary)
        : this(vocabulary, forms => new TermTrie(forms))
    {
    }

    /// <summary>
    /// An extractor over another matcher, given every surface form of the vocabulary in vocabulary order; the
    /// benchmarks compare the trie with a naive matcher this way.
    /// </summary>
    internal MentionExtractor(TermVocabulary vocabulary, Func<IReadOnlyList<SurfaceForm>, ITermMatcher> createMatcher)
    {
        ArgumentNullException.ThrowIfNull(vocabulary);
        ArgumentNullException.ThrowIfNull(createMatcher);
        Vocabulary = vocabulary;
        _matcher = createMatcher(vocabulary.Terms.SelectMany(SurfaceFormCompiler.Compile).ToList());
    }

    /// <summary>The vocabulary the extractor links to.</summary>
    public TermVocabulary Vocabulary { get; }

    /// <summary>Extracts mentions and candidates from one paper.</summary>
    public ExtractionResult Extract(string paperId, string title, string @abstract)
    {
        var evidence = new Dictionary<string, List<Evidence>>(StringComparer.Ordinal);
        var negated = new List<(string, Evidence)>();
        var candidates = new List<CandidateTerm>();
        ExtractField(paperId, TextField.Title, title, evidence, negated, candidates);
        ExtractField(paperId, TextField.Abstract, @abstract, evidence, negated, candidates);

        var mentions = evidence
            .OrderBy(e => e.Key, StringComparer.Ordinal)
            .Select(e => new Mention(paperId, e.Key, Vocabulary.Find(e.Key)!.Entity.Kind, e.Value))
            .ToList();
        var distinctCandidates = candidates
            .GroupBy(c => c.Name, StringComparer.OrdinalIgnoreCase)
            .Select(g => g.MaxBy(c => c.Confidence)!)
            .ToList();
        return new ExtractionResult(mentions, distinctCandidates, negated);
    }

    private void ExtractField(
        string paperId,
        TextField field,
        string text,
        Dictionary<string, List<Evidence>> evidence,
        List<(string, Evidence)> negated,
        List<CandidateTerm> candidates)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return;
        }

        var folded = FoldedText.Fold(text);
        var definitions = AbbreviationFinder.Find(text).ToList();
        var matchedSpans = new List<(int Start, int End)>();
        foreach (var match in _matcher.Match(folded))
        {
            var start = folded.OriginalStart(match.Start);
            var end = folded.OriginalEnd(match.End);
            var span = new Evidence(field, start, end, text[start..end]);
            foreach (var form in match.Forms)
            {
                var term = Vocabulary.Find(form.TermId)!;
                if (term.Contexts.Count > 0 && !ContextWindow.HasContext(folded, match.Start, match.End, term.Contexts))
                {
                    continue;
                }

                if (IsRedefinedLocally(span.Text, term, definitions))
                {
                    continue;
                }

                matchedSpans.Add((start, end));
                if (NegationDetector.IsNegated(folded, match.Start, match.End))
                {
                    negated.Add((term.Entity.Id, span));
                    continue;
                }

                if (!evidence.TryGetValue(term.Entity.Id, out var spans))
                {
                    evidence[term.Entity.Id] = spans = [];
                }

                spans.Add(span);
            }
        }

        candidates.AddRange(ProposeCandidates(paperId, field, text, definitions, matchedSpans));
    }

    /// <summary>
    /// A paper that defines an acronym for something else ("Self-Attention Compression (SAC)") does not mean the
    /// vocabulary's term with that acronym (Soft Actor-Critic) when it uses it. The definition means the term when
    /// its long form names the term, or shares most of its words with one of the term's names
    /// ("RL from AI Feedback" and "Reinforcement Learning from AI Feedback").
    /// </summary>
    private bool IsRedefinedLocally(string surface, VocabularyTerm term, List<AbbreviationDefinition> definitions)
    {
        foreach (var definition in definitions)
        {
            if (!surface.StartsWith(definition.ShortForm, StringComparison.Ordinal) ||
                surface.Length > definition.ShortForm.Length + 2)
            {
                continue;
            }

            var namesTerm = _matcher.Match(FoldedText.Fold(definition.LongForm)).Exists(m => m.Forms.Any(f => f.TermId == term.Entity.Id));
            return !namesTerm && !term.SurfaceForms.Any(name => WordOverlap(definition.LongForm, name) >= 0.5);
        }

        return false;
    }

    /// <summary>The share of the long form's words that also occur in <paramref name="name"/>.</summary>
    private static double WordOverlap(string longForm, string name)
    {
        var words = FoldedText.Fold(longForm).Lower.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var nameWords = FoldedText.Fold(name).Lower.Split(' ', StringSplitOptions.RemoveEmptyEntries).ToHashSet();
        return words.Length == 0 ? 0 : words.Count(nameWords.Contains) / (double)words.Length;
    }

    private IEnumerable<CandidateTerm> ProposeCandidates(
        string paperId, TextField field, string text, List<AbbreviationDefinition> definitions, List<(int Start, int End)> matched)
    {
        foreach (var definition in definitions)
        {
            if (Overlaps(matched, definition.LongStart, definition.LongEnd) ||
                Overlaps(matched, definition.ShortStart, definition.ShortEnd) ||
                Vocabulary.IsIgnoredCandidate(definition.ShortForm) || Vocabulary.IsIgnoredCandidate(definition.LongForm))
            {
                continue;
            }

            var end = Math.Min(text.Length, definition.ShortEnd + 1);
            yield return new CandidateTerm(
                definition.LongForm, definition.ShortForm, CandidateKinds.FromLongForm(definition.LongForm), definition.Confidence,
                CandidateKinds.AbbreviationPattern, paperId,
                new Evidence(field, definition.LongStart, end, text[definition.LongStart..end]));
        }

        foreach (var (name, start, end, confidence) in BenchmarkPhraseFinder.Find(text))
        {
            if (Overlaps(matched, start, end) || Vocabulary.IsIgnoredCandidate(name))
            {
                continue;
            }

            yield return new CandidateTerm(
                name, null, EntityKind.Dataset, confidence, CandidateKinds.BenchmarkPhrasePattern, paperId,
                new Evidence(field, start, end, text[start..end]));
        }
    }

    private static bool Overlaps(List<(int Start, int End)> spans, int start, int end) =>
        spans.Exists(s => s.Start < end && start < s.End);
}
