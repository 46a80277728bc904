using Graph.Core.Storage;
using Microsoft.Data.Sqlite;

namespace Graph.Storage.Sqlite;

/// <summary>Probes the database file: can it be opened, and is its schema the one this build expects?</summary>
internal static class SqliteHealth
{
    public static async Task<StoreHealth> CheckAsync(
        SqliteConnectionFactory connections, string backend, CancellationToken cancellationToken)
    {
        int version;
        try
        {
            // Opened without the create flag, so a health probe never leaves an empty database behind.
            await using var connection = await connections.OpenAsync(create: false, cancellationToken);
            version = await SqliteSchema.ReadVersionAsync(connection, cancellationToken);
        }
        catch (SqliteException e)
        {
            return new StoreHealth(backend, Reachable: false, SchemaVersion: 0, Problem: e.Message);
        }

        var latest = SqliteSchema.LatestVersion;
        var problem = version == latest ? null
            : version < latest
                ? $"The schema is at version {version}, older than {latest}; initialize the store."
                : $"The schema is at version {version}, newer than the {latest} this build knows.";
        return new StoreHealth(backend, Reachable: true, version, problem);
    }
}
