using Graph.Core.Domain;

namespace Graph.Ingestion.Extraction;

/// <summary>Names of candidate patterns, and the kind a long form's head word suggests.</summary>
internal static class CandidateKinds
{
    public const string AbbreviationPattern = "abbreviation";
    public const string BenchmarkPhrasePattern = "benchmark-phrase";

    private static readonly HashSet<string> DatasetHeads = new(StringComparer.OrdinalIgnoreCase)
    {
        "benchmark", "benchmarks", "dataset", "datasets", "corpus", "corpora", "suite", "bench", "leaderboard", "testbed",
    };

    private static readonly HashSet<string> MethodHeads = new(StringComparer.OrdinalIgnoreCase)
    {
        "learning", "tuning", "training", "optimization", "optimisation", "adaptation", "distillation", "attention",
        "decoding", "sampling", "search", "prompting", "alignment", "regularization", "quantization", "pruning",
        "merging", "feedback", "rewards", "network", "networks", "encoding", "embedding", "embeddings", "retrieval",
        "generation", "augmentation", "reweighting", "refinement", "estimation", "descent", "normalization",
    };

    public static EntityKind? FromLongForm(string longForm)
    {
        var head = longForm.Split([' ', '-'], StringSplitOptions.RemoveEmptyEntries).LastOrDefault() ?? string.Empty;
        return DatasetHeads.Contains(head) ? EntityKind.Dataset : MethodHeads.Contains(head) ? EntityKind.Method : null;
    }
}
