using Graph.Core.Domain;

namespace Graph.Ingestion.Extraction;

/// <summary>One compiled way of writing a term, as the trie stores it.</summary>
/// <param name="TermId">The term it names.</param>
/// <param name="Kind">The term's kind.</param>
/// <param name="Lower">The folded, lower-cased form the trie is keyed by.</param>
/// <param name="Cased">The folded form with its case, compared when <paramref name="CaseSensitive"/>.</param>
/// <param name="CaseSensitive">Whether case must match.</param>
/// <param name="AllowsPlural">Whether a trailing <c>s</c>/<c>es</c> is accepted.</param>
internal sealed record SurfaceForm(
    string TermId, EntityKind Kind, string Lower, string Cased, bool CaseSensitive, bool AllowsPlural);
