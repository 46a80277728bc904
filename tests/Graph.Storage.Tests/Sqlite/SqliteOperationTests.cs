using System.Diagnostics;
using Graph.Storage.Sqlite;
using Microsoft.Data.Sqlite;

namespace Graph.Storage.Tests.Sqlite;

public sealed class SqliteOperationTests : IDisposable
{
    // Counts forever: only an interrupt ends it.
    private const string EndlessQuery = "WITH RECURSIVE c (x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c) SELECT count(*) FROM c;";

    private readonly TemporaryDirectory _directory = new();

    public void Dispose() => _directory.Dispose();

    [Fact]
    public async Task RunAsync_TokenCancelledWhileAStatementRuns_InterruptsItAndThrowsCancelled()
    {
        using var store = new SqliteGraphStore(new SqliteOptions { DatabasePath = _directory.NewFile() });
        await store.InitializeAsync(TestContext.Current.CancellationToken);
        var connections = new SqliteConnectionFactory(new SqliteOptions { DatabasePath = store.DatabasePath });
        using var timeout = new CancellationTokenSource(TimeSpan.FromMilliseconds(300));
        var clock = Stopwatch.StartNew();

        SqliteConnection? used = null;
        // On a thread of its own: SQLite's "async" calls run synchronously, and this one would not return.
        var run = Task.Run(() => SqliteOperation.RunAsync(
            connections,
            "endless",
            async (connection, ct) =>
            {
                used = connection;
                await using var command = connection.CreateCommand();
                command.CommandText = EndlessQuery;
                return await command.ExecuteScalarAsync(ct);
            },
            timeout.Token), TestContext.Current.CancellationToken);

        OperationCanceledException cancelled;
        try
        {
            // Without the interrupt the statement never ends: the wait's TimeoutException then fails the assertion.
            cancelled = await Assert.ThrowsAnyAsync<OperationCanceledException>(
                () => run.WaitAsync(TimeSpan.FromSeconds(10), TestContext.Current.CancellationToken));
        }
        finally
        {
            // Should the operation have missed the interrupt, stop the statement here so the test run can end.
            if (!run.IsCompleted && used is not null)
            {
                SQLitePCL.raw.sqlite3_interrupt(used.Handle);
            }
        }

        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(10), $"the statement ran on for {clock.Elapsed}");
        Assert.Equal(timeout.Token, cancelled.CancellationToken);
    }
}
