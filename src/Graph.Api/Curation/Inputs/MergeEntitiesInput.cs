namespace Graph.Api.Curation.Inputs;

/// <summary>Two terms that are the same thing: <see cref="MergedId"/> is folded into <see cref="SurvivorId"/>.</summary>
public sealed record MergeEntitiesInput(string SurvivorId, string MergedId);
