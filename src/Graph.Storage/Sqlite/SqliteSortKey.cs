using Graph.Core.Querying;

namespace Graph.Storage.Sqlite;

/// <summary>One key of an ordering as SQL: the expression, its direction, and what its values look like.</summary>
/// <param name="Expression">A fixed SQL expression over the query's aliases.</param>
/// <param name="Direction">Ascending or descending; missing values sort last either way.</param>
/// <param name="IsText">True for text values, false for 64-bit integers.</param>
/// <param name="Nullable">False when the expression is never NULL, which keeps the ORDER BY index-friendly.</param>
internal sealed record SqliteSortKey(string Expression, SortDirection Direction, bool IsText, bool Nullable);
