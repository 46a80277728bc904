namespace Graph.Ingestion.Pipeline;

/// <summary>Where an ingestion is: which stage, and how many of its items are done.</summary>
public sealed record IngestProgress(IngestStage Stage, int Done, int Total);
