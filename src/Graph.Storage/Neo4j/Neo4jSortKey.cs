using Graph.Core.Querying;

namespace Graph.Storage.Neo4j;

/// <summary>What the values of a sort key are, for cursors and comparisons.</summary>
internal enum Neo4jKeyType
{
    Text,
    Integer,
    Date,
}

/// <summary>One key of an ordering as Cypher: a fixed expression, its direction, and what its values look like.</summary>
/// <param name="Expression">A fixed Cypher expression over the statement's variables.</param>
/// <param name="Direction">Ascending or descending; missing values sort last either way.</param>
/// <param name="Type">The type of its values.</param>
/// <param name="Nullable">False when the expression is never null.</param>
internal sealed record Neo4jSortKey(string Expression, SortDirection Direction, Neo4jKeyType Type, bool Nullable);
