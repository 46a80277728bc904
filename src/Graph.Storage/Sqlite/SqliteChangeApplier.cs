using Graph.Core.Curation;
using Microsoft.Data.Sqlite;

namespace Graph.Storage.Sqlite;

/// <summary>
/// Applies one change and appends its audit record in a single transaction: both or neither. The transaction
/// takes the write lock when it begins, so concurrent changes queue for it (up to the busy timeout) and each
/// sees the graph as the previous one left it.
/// </summary>
internal static class SqliteChangeApplier
{
    public static async Task<ChangeRecord> ApplyAsync(
        SqliteConnection connection, GraphChange change, ChangeContext context, CancellationToken cancellationToken)
    {
        GraphChangeValidator.Validate(change, context);
        cancellationToken.ThrowIfCancellationRequested();

        // BEGIN IMMEDIATE: a deferred transaction would read first and then fail to upgrade its lock (SQLITE_BUSY
        // without waiting) when another change committed meanwhile; immediate ones wait their turn instead.
        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken);
        await using var statements = new SqliteWriteStatements(connection);
        var touched = new SqliteTouchedNodes();
        await (change switch
        {
            AddPaper add => SqlitePaperChanges.AddAsync(statements, add, touched, cancellationToken),
            UpdatePaper update => SqlitePaperChanges.UpdateAsync(statements, update, touched, cancellationToken),
            RemovePaper remove => SqlitePaperChanges.RemoveAsync(statements, remove, touched, cancellationToken),
            LinkPaper link => SqliteLinkChanges.LinkAsync(statements, link, touched, cancellationToken),
            UnlinkPaper unlink => SqliteLinkChanges.UnlinkAsync(statements, unlink, touched, cancellationToken),
            UpsertTerm upsert => SqliteTermChanges.UpsertAsync(statements, upsert, touched, cancellationToken),
            MergeTerms merge => SqliteTermChanges.MergeAsync(statements, merge, touched, cancellationToken),
            _ => throw new ArgumentException($"Unknown change type '{change.GetType().Name}'.", nameof(change)),
        });
        await touched.SettleAsync(statements, cancellationToken);

        var record = await SqliteChangeLog.AppendAsync(connection, change, context, cancellationToken);
        cancellationToken.ThrowIfCancellationRequested();
        await transaction.CommitAsync(cancellationToken);
        return record;
    }
}
