using Graph.Core.Domain;

namespace Graph.Api.Curation.Inputs;

/// <summary>
/// A vocabulary term: canonical name, aliases, an optional parent (the name or alias of a term of the same kind)
/// and, with <see cref="Relink"/>, a re-reading of every paper to link those that name it.
/// </summary>
public sealed record AddTermInput(
    EntityKind Kind,
    string Name,
    IReadOnlyList<string>? Aliases = null,
    string? Parent = null,
    string? Description = null,
    bool Relink = false);
