using Graph.Core.Domain;

namespace Graph.Ingestion.Vocabulary;

/// <summary>A curated term with everything the matcher needs.</summary>
/// <param name="Entity">The graph node the term becomes.</param>
/// <param name="Cues">For topics: phrases that assign the topic without naming it.</param>
/// <param name="CaseSensitive">Overrides the automatic case rule for every surface form when set.</param>
/// <param name="Contexts">When set, a surface form counts only with one of these words nearby.</param>
public sealed record VocabularyTerm(
    Entity Entity,
    IReadOnlyList<string> Cues,
    bool? CaseSensitive,
    IReadOnlyList<string> Contexts)
{
    /// <summary>The canonical name, every alias and every cue: all the forms that link a paper to the term.</summary>
    public IEnumerable<string> SurfaceForms => [Entity.Name, .. Entity.Aliases, .. Cues];
}
