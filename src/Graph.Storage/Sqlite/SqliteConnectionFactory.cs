using System.Globalization;
using Microsoft.Data.Sqlite;

namespace Graph.Storage.Sqlite;

/// <summary>
/// Opens pooled connections to one database file with the store's settings: foreign keys enforced, the
/// configured page cache, and a busy timeout, so concurrent requests each take their own connection and wait
/// briefly for the write lock.
/// </summary>
internal sealed class SqliteConnectionFactory
{
    private readonly string _connectionString;
    private readonly string _existingOnlyConnectionString;
    private readonly string _pragmas;

    public SqliteConnectionFactory(SqliteOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentException.ThrowIfNullOrWhiteSpace(options.DatabasePath);
        DatabasePath = Path.GetFullPath(options.DatabasePath);
        var builder = new SqliteConnectionStringBuilder
        {
            DataSource = DatabasePath,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Cache = SqliteCacheMode.Private,
            Pooling = true,
            ForeignKeys = true,
            DefaultTimeout = Math.Max(1, (int)Math.Ceiling(options.BusyTimeout.TotalSeconds)),
        };
        _connectionString = builder.ToString();
        builder.Mode = SqliteOpenMode.ReadWrite;
        _existingOnlyConnectionString = builder.ToString();

        // A pragma takes no parameters; the values are integers from validated options, not caller input. A
        // negative cache size is in KiB.
        _pragmas = "PRAGMA busy_timeout = " +
            ((long)options.BusyTimeout.TotalMilliseconds).ToString(CultureInfo.InvariantCulture) + "; " +
            "PRAGMA cache_size = -" + (options.CacheSizeMiB * 1024L).ToString(CultureInfo.InvariantCulture) + "; " +
            "PRAGMA temp_store = MEMORY;";
    }

    /// <summary>The absolute path of the database file.</summary>
    public string DatabasePath { get; }

    /// <summary>Opens a connection, creating the database file when <paramref name="create"/> is set.</summary>
    public async Task<SqliteConnection> OpenAsync(bool create, CancellationToken cancellationToken)
    {
        var connection = new SqliteConnection(create ? _connectionString : _existingOnlyConnectionString);
        try
        {
            await connection.OpenAsync(cancellationToken);
            await using var pragma = connection.Command(_pragmas);
            await pragma.ExecuteNonQueryAsync(cancellationToken);
            return connection;
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    /// <summary>Closes the pooled connections, so the file can be moved or deleted.</summary>
    public void ClearPools()
    {
        using var connection = new SqliteConnection(_connectionString);
        SqliteConnection.ClearPool(connection);
        using var existingOnly = new SqliteConnection(_existingOnlyConnectionString);
        SqliteConnection.ClearPool(existingOnly);
    }
}
