namespace Graph.Ingestion.Synthesis;

/// <summary>The size and shape of a synthetic corpus.</summary>
/// <param name="Papers">How many papers.</param>
/// <param name="Seed">The random seed: the same seed and vocabulary give the same file.</param>
/// <param name="FirstYear">The first publication year; papers spread to <paramref name="LastYear"/>, more in later years.</param>
/// <param name="LastYear">The last publication year.</param>
public sealed record SyntheticCorpusOptions(int Papers, int Seed, int FirstYear = 2019, int LastYear = 2025);
