namespace Graph.Storage;

/// <summary>The <c>Graph</c> configuration section: which backend stores the graph, and where.</summary>
public sealed class GraphStorageOptions
{
    /// <summary>The configuration section these options bind to.</summary>
    public const string SectionName = "Graph";

    /// <summary>The embedded SQLite backend, the default.</summary>
    public const string SqliteStore = "Sqlite";

    /// <summary>The Neo4j backend, through its HTTP Query API (settings under <c>Graph:Neo4j</c>).</summary>
    public const string Neo4jStore = "Neo4j";

    /// <summary>The backends this build can run, by their <see cref="Store"/> name.</summary>
    public static IReadOnlyList<string> KnownStores { get; } = [SqliteStore, Neo4jStore];

    /// <summary>The backend (<c>Graph:Store</c>); <see cref="SqliteStore"/> unless configured.</summary>
    public string Store { get; set; } = SqliteStore;

    /// <summary>
    /// The database file of the embedded store (<c>Graph:Database</c>); when unset, the <c>GRAPH_DB</c>
    /// environment variable or the default under the user's data directory.
    /// </summary>
    public string? Database { get; set; }

    /// <summary>True when <paramref name="store"/> names a backend of this build (ignoring case).</summary>
    public static bool IsKnownStore(string? store) =>
        store is not null && KnownStores.Contains(store, StringComparer.OrdinalIgnoreCase);
}
