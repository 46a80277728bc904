using Graph.Core.Domain;

namespace Graph.Core.Traversals;

/// <summary>A full-text search result.</summary>
/// <param name="Paper">The matching paper.</param>
/// <param name="Rank">Relevance; higher is better. Comparable only within one result list.</param>
/// <param name="Snippet">An HTML-escaped excerpt with the matched words wrapped in &lt;mark&gt;.</param>
public sealed record SearchHit(Paper Paper, double Rank, string Snippet);
