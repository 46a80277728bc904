using Graph.Core.Storage;
using Graph.Ingestion.Extraction;
using Graph.Ingestion.Vocabulary;

namespace Graph.Api.Curation;

/// <summary>
/// The extractor for papers added through the API: the store's terms (the bundled vocabulary plus every term
/// curators added or merged), with the bundled vocabulary's cues, case rules and contexts. Built on first use and
/// rebuilt after a change to the vocabulary.
/// </summary>
public sealed class ExtractorProvider(IGraphStore store) : IDisposable
{
    private readonly TermVocabulary _bundled = VocabularyLoader.LoadBundled();
    private readonly SemaphoreSlim _gate = new(1, 1);
    private volatile MentionExtractor? _current;

    /// <summary>The current extractor.</summary>
    public async Task<MentionExtractor> GetAsync(CancellationToken cancellationToken)
    {
        if (_current is { } ready)
        {
            return ready;
        }

        await _gate.WaitAsync(cancellationToken);
        try
        {
            return _current ??= await BuildAsync(cancellationToken);
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>Forgets the extractor; the next use rebuilds it from the store.</summary>
    public void Invalidate() => _current = null;

    public void Dispose() => _gate.Dispose();

    private async Task<MentionExtractor> BuildAsync(CancellationToken cancellationToken)
    {
        var entities = await store.GetAllEntitiesAsync(cancellationToken);
        var terms = entities.Select(entity => _bundled.Find(entity.Id) is { } curated
                ? curated with { Entity = entity }
                : new VocabularyTerm(entity, [], null, []))
            .ToList();
        return new MentionExtractor(new TermVocabulary(terms, _bundled.IgnoredCandidates));
    }
}
