namespace Graph.Storage.Cypher;

/// <summary>A statement with the rows its <c>$rows</c> parameter takes.</summary>
/// <param name="Name">The catalogue name it was made from, for logs and errors.</param>
/// <param name="Text">The statement text, labels and types filled in.</param>
/// <param name="Rows">The value of <c>$rows</c>.</param>
public sealed record CypherStatement(string Name, string Text, IReadOnlyList<IReadOnlyDictionary<string, object?>> Rows);
