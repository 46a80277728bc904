namespace Graph.Storage.Neo4j;

/// <summary>One Cypher statement with its parameters.</summary>
/// <param name="Name">The catalogue name it was made from (<c>read/papers-by-id</c>), for errors and logs.</param>
/// <param name="Text">The statement, placeholders filled in from fixed lists.</param>
/// <param name="Parameters">The values of its <c>$parameters</c>; never written to logs or errors.</param>
internal sealed record Neo4jStatement(string Name, string Text, IReadOnlyDictionary<string, object?> Parameters);
