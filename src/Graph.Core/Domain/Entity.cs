namespace Graph.Core.Domain;

/// <summary>A vocabulary term node: a method, dataset, topic or model.</summary>
/// <param name="Id">Stable id <c>kind:slug</c>, e.g. <c>method:lora</c>.</param>
/// <param name="Kind">What sort of term this is.</param>
/// <param name="Name">The canonical name.</param>
/// <param name="Aliases">Other names and abbreviations the term is known by.</param>
/// <param name="ParentId">The term this one is a variant of, if any.</param>
/// <param name="Description">A one-line description, if the vocabulary gives one.</param>
public sealed record Entity(
    string Id,
    EntityKind Kind,
    string Name,
    IReadOnlyList<string> Aliases,
    string? ParentId,
    string? Description);
