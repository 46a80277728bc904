namespace Graph.Ingestion.Vocabulary;

/// <summary>The YAML shape of one vocabulary file (docs/vocabulary.md).</summary>
internal sealed class VocabularyFileModel
{
    public List<TermModel> Terms { get; set; } = [];

    internal sealed class TermModel
    {
        public string? Name { get; set; }

        public List<string>? Aliases { get; set; }

        public string? Parent { get; set; }

        public string? Description { get; set; }

        public List<string>? Cues { get; set; }

        public bool? CaseSensitive { get; set; }

        public List<string>? Contexts { get; set; }
    }
}
