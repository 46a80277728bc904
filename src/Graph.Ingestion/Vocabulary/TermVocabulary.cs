using Graph.Core.Domain;

namespace Graph.Ingestion.Vocabulary;

/// <summary>The curated vocabulary: every term of every kind, validated.</summary>
public sealed class TermVocabulary
{
    private readonly Dictionary<string, VocabularyTerm> _byId;
    private readonly HashSet<string> _ignoredCandidates;

    /// <summary>Creates a vocabulary from validated terms.</summary>
    public TermVocabulary(IReadOnlyList<VocabularyTerm> terms, IEnumerable<string>? ignoredCandidates = null)
    {
        Terms = terms;
        _ignoredCandidates = new HashSet<string>(ignoredCandidates ?? [], StringComparer.OrdinalIgnoreCase);
        _byId = terms.ToDictionary(t => t.Entity.Id, StringComparer.Ordinal);
    }

    /// <summary>Every term.</summary>
    public IReadOnlyList<VocabularyTerm> Terms { get; }

    /// <summary>The graph nodes of every term.</summary>
    public IReadOnlyList<Entity> Entities => Terms.Select(t => t.Entity).ToList();

    /// <summary>The term with the given id, if any.</summary>
    public VocabularyTerm? Find(string id) => _byId.GetValueOrDefault(id);

    /// <summary>The names extraction never keeps as candidates.</summary>
    public IReadOnlyCollection<string> IgnoredCandidates => _ignoredCandidates;

    /// <summary>
    /// True for names that are known not to be terms of any kind ("Large Language Models"): text patterns
    /// propose them often, so they are never kept as candidates. A trailing plural <c>s</c> is ignored.
    /// </summary>
    public bool IsIgnoredCandidate(string name) =>
        _ignoredCandidates.Contains(name) || (name.EndsWith('s') && _ignoredCandidates.Contains(name[..^1]));

    /// <summary>The number of terms of a kind.</summary>
    public int Count(EntityKind kind) => Terms.Count(t => t.Entity.Kind == kind);
}
