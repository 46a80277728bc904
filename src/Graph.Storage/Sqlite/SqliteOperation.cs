using Graph.Core;
using Graph.Core.Curation;
using Graph.Core.Storage;
using Microsoft.Data.Sqlite;

namespace Graph.Storage.Sqlite;

/// <summary>
/// Runs one port operation: on its own pooled connection, with backend failures wrapped in
/// <see cref="GraphStoreException"/> naming the operation. Caller mistakes (<see cref="GraphQueryException"/>,
/// <see cref="ArgumentException"/>), refused changes (<see cref="CurationConflictException"/>) and cancellations
/// pass through unchanged. Cancelling the token interrupts a statement that is running.
/// </summary>
internal static class SqliteOperation
{
    public static Task<T> RunAsync<T>(
        SqliteConnectionFactory connections,
        string operation,
        Func<SqliteConnection, CancellationToken, Task<T>> work,
        CancellationToken cancellationToken) =>
        GuardAsync(operation, async () =>
        {
            await using var connection = await connections.OpenAsync(create: false, cancellationToken);

            // SQLite does not watch the token while a statement runs, so a request's timeout would wait for the
            // longest query to finish; interrupting the connection stops the running statement at once.
            await using var interrupt = cancellationToken.Register(
                static state => SQLitePCL.raw.sqlite3_interrupt(((SqliteConnection)state!).Handle), connection);
            try
            {
                return await work(connection, cancellationToken);
            }
            catch (SqliteException e) when (e.SqliteErrorCode == SQLitePCL.raw.SQLITE_INTERRUPT && cancellationToken.IsCancellationRequested)
            {
                throw new OperationCanceledException($"{operation} was cancelled.", e, cancellationToken);
            }
        });

    public static async Task<T> GuardAsync<T>(string operation, Func<Task<T>> work)
    {
        try
        {
            return await work();
        }
        catch (Exception e) when (e is not (GraphQueryException or GraphStoreException or OperationCanceledException
                                      or ArgumentException or CurationConflictException))
        {
            // The operation's name only: the message must not echo what the caller searched for or wrote.
            throw new GraphStoreException(operation, e);
        }
    }
}
