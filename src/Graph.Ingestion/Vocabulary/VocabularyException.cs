namespace Graph.Ingestion.Vocabulary;

/// <summary>The vocabulary files are invalid; the message names the file and the term.</summary>
public sealed class VocabularyException(string message) : Exception(message);
