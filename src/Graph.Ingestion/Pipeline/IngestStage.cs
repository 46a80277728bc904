namespace Graph.Ingestion.Pipeline;

/// <summary>The stages of an ingestion, in order.</summary>
public enum IngestStage
{
    /// <summary>Reading and validating every file; nothing is written yet.</summary>
    Reading,

    /// <summary>Linking papers to terms.</summary>
    Extracting,

    /// <summary>Writing to the store.</summary>
    Writing,
}
