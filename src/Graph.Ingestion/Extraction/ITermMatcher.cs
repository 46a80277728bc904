namespace Graph.Ingestion.Extraction;

/// <summary>
/// Finds the vocabulary's names in folded text. <see cref="TermTrie"/> is the production matcher; the benchmarks
/// plug in a naive one (one regex per term) that hands its candidate spans to the same
/// <see cref="TermMatchSelector"/>, so both give identical links.
/// </summary>
internal interface ITermMatcher
{
    /// <summary>The selected matches in a text, in text order (see <see cref="TermMatchSelector"/>).</summary>
    List<TermMatch> Match(FoldedText text);
}
