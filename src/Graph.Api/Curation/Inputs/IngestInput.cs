namespace Graph.Api.Curation.Inputs;

/// <summary>A whole listing as text, in any format `graph ingest` reads (picked from the content).</summary>
public sealed record IngestInput(string Text, int? Year = null);
