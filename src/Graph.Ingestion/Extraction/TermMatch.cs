using Graph.Core.Domain;

namespace Graph.Ingestion.Extraction;

/// <summary>A span of folded text that names one or more terms.</summary>
/// <param name="Start">First folded position.</param>
/// <param name="End">Folded position just past the match (plural ending included).</param>
/// <param name="Forms">The surface forms of one kind that matched there (usually one).</param>
internal sealed record TermMatch(int Start, int End, IReadOnlyList<SurfaceForm> Forms)
{
    /// <summary>The kind of every form of the match.</summary>
    public EntityKind Kind => Forms[0].Kind;
}
