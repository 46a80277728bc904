namespace Graph.Storage.Neo4j;

/// <summary>What one request returned: rows of decoded values, the bookmarks and, when opening a transaction, its id.</summary>
internal sealed class Neo4jResult(
    IReadOnlyList<string> fields,
    IReadOnlyList<IReadOnlyList<object?>> values,
    IReadOnlyList<string> bookmarks,
    IReadOnlyDictionary<string, object?> counters)
{
    private readonly Dictionary<string, int> _ordinals =
        fields.Select((name, i) => (name, i)).ToDictionary(f => f.name, f => f.i, StringComparer.Ordinal);

    /// <summary>The column names.</summary>
    public IReadOnlyList<string> Fields { get; } = fields;

    /// <summary>The rows, as records whose values are read by column name.</summary>
    public IReadOnlyList<Neo4jRecord> Records => values.Select(row => new Neo4jRecord(this, row)).ToList();

    /// <summary>The bookmarks the server returned (after a write or a commit), for read-your-writes.</summary>
    public IReadOnlyList<string> Bookmarks { get; } = bookmarks;

    /// <summary>Update counters (<c>nodesCreated</c>, ...), when the server sent them.</summary>
    public IReadOnlyDictionary<string, object?> Counters { get; } = counters;

    /// <summary>The transaction a request opened, if it opened one.</summary>
    public string? TransactionId { get; init; }

    /// <summary>The <c>neo4j-cluster-affinity</c> header of the response, echoed on later requests of a transaction.</summary>
    public string? Affinity { get; init; }

    internal int Ordinal(string field) => _ordinals.TryGetValue(field, out var ordinal)
        ? ordinal
        : throw new InvalidDataException($"The result has no column '{field}'.");
}

/// <summary>One row of a <see cref="Neo4jResult"/>.</summary>
internal readonly struct Neo4jRecord(Neo4jResult result, IReadOnlyList<object?> values)
{
    /// <summary>The decoded value of a column: string, long, double, bool, DateOnly, DateTimeOffset, list, map or null.</summary>
    public object? this[string field] => values[result.Ordinal(field)];
}
