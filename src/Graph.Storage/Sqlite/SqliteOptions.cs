namespace Graph.Storage.Sqlite;

/// <summary>Settings of the embedded SQLite store (<c>Graph:Sqlite</c>).</summary>
public sealed class SqliteOptions
{
    /// <summary>The configuration section these options bind to.</summary>
    public const string SectionName = "Graph:Sqlite";

    /// <summary>
    /// The database file. Resolved from <c>Graph:Database</c> (then <c>GRAPH_DB</c>, then the default path) when
    /// the store is registered through <c>AddGraphStorage</c>.
    /// </summary>
    public string DatabasePath { get; set; } = "";

    /// <summary>How long a statement waits for another connection's write lock before it fails.</summary>
    public TimeSpan BusyTimeout { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>
    /// The page cache of each connection, in MiB (SQLite's own default is about 2). Bulk loads write faster with a
    /// cache that holds the indexes' working set; <c>graph ingest</c> raises it (see the README).
    /// </summary>
    public int CacheSizeMiB { get; set; } = DefaultCacheSizeMiB;

    /// <summary>The default of <see cref="CacheSizeMiB"/>.</summary>
    public const int DefaultCacheSizeMiB = 2;

    /// <summary>The problems with these settings, if any.</summary>
    public IReadOnlyList<string> Validate()
    {
        var problems = new List<string>();
        if (string.IsNullOrWhiteSpace(DatabasePath))
        {
            problems.Add("The SQLite database path is empty; set Graph:Database or the GRAPH_DB environment variable.");
        }

        if (BusyTimeout < TimeSpan.Zero || BusyTimeout > TimeSpan.FromMinutes(10))
        {
            problems.Add("Graph:Sqlite:BusyTimeout must be between 0 and 10 minutes.");
        }

        if (CacheSizeMiB is < 1 or > 16_384)
        {
            problems.Add("Graph:Sqlite:CacheSizeMiB must be between 1 and 16384.");
        }

        return problems;
    }
}
