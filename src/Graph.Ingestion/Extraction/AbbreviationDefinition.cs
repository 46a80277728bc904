namespace Graph.Ingestion.Extraction;

/// <summary>"Low-Rank Adaptation (LoRA)": a long form defined with its abbreviation, with original offsets.</summary>
internal sealed record AbbreviationDefinition(
    string LongForm, int LongStart, int LongEnd, string ShortForm, int ShortStart, int ShortEnd, double Confidence);
