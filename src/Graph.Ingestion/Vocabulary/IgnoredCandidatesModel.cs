namespace Graph.Ingestion.Vocabulary;

/// <summary>The YAML shape of <c>ignored-candidates.yaml</c>: <c>ignore: [names]</c>.</summary>
internal sealed class IgnoredCandidatesModel
{
    public List<string> Ignore { get; set; } = [];
}
