using Graph.Ingestion.Extraction;
using Graph.Ingestion.Vocabulary;

namespace Graph.Benchmarks.Extraction;

/// <summary>The production extractor with the naive matcher in place of the trie.</summary>
internal static class NaiveExtractor
{
    public static MentionExtractor Create(TermVocabulary vocabulary) =>
        new(vocabulary, forms => new RegexPerTermMatcher(forms));
}
