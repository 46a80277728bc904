using System.Globalization;
using Graph.Core.Curation;
using static Graph.Storage.Neo4j.Neo4jValues;

namespace Graph.Storage.Neo4j;

/// <summary>
/// Applies one curation change inside one transaction, together with its audit record, as the SQLite store does
/// (<see cref="GraphChangeValidator"/> has checked the change before). The transaction first takes the next audit
/// number (<c>curation/next-sequence</c>), whose lock serializes changes and batch writes; then it checks what the
/// change needs (<see cref="ChangeErrors"/>: missing nodes <c>NOT_FOUND</c>, stale text <c>CONFLICT</c>,
/// contradictions <c>INVALID_ARGUMENT</c>), writes, and appends the <c>(:Change)</c> entry. A failed check throws
/// before anything is written, and the transaction rolls back.
/// </summary>
internal static class Neo4jCuration
{
    public static async Task<ChangeRecord> ApplyAsync(
        Neo4jTransaction transaction, GraphChange change, ChangeContext context, CancellationToken cancellationToken)
    {
        var sequence = Long((await transaction.RunAsync(Neo4jCypher.Statement("curation/next-sequence"), cancellationToken))
            .Records[0]["sequence"]);
        await (change switch
        {
            AddPaper add => Neo4jPaperChanges.WriteAsync(transaction, add.Paper, cancellationToken),
            UpdatePaper update => Neo4jPaperChanges.UpdateAsync(transaction, update, cancellationToken),
            RemovePaper remove => Neo4jPaperChanges.RemoveAsync(transaction, remove, cancellationToken),
            LinkPaper link => Neo4jLinkChanges.LinkAsync(transaction, link, cancellationToken),
            UnlinkPaper unlink => Neo4jLinkChanges.UnlinkAsync(transaction, unlink, cancellationToken),
            UpsertTerm upsert => Neo4jTermChanges.UpsertAsync(transaction, upsert, cancellationToken),
            MergeTerms merge => Neo4jTermMerge.MergeAsync(transaction, merge, cancellationToken),
            _ => throw new ArgumentException($"Unknown change type '{change.GetType().Name}'.", nameof(change)),
        });

        // The trail keeps instants in UTC, as the SQLite store does, so a record reads back as it was returned.
        var record = new ChangeRecord(
            sequence, context.At.ToUniversalTime(), context.Actor, change.Operation, change.Targets.ToList(), context.Summary);
        await transaction.RunAsync(
            Neo4jCypher.Statement(
                "curation/record-change",
                ("sequence", record.Sequence),
                ("at", record.At.ToString("O", CultureInfo.InvariantCulture)),
                ("actor", record.Actor),
                ("operation", record.Operation),
                ("targets", record.Targets.ToArray()),
                ("summary", record.Summary)),
            cancellationToken);
        return record;
    }
}
