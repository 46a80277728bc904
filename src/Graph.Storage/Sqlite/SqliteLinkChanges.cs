using Graph.Core.Curation;

namespace Graph.Storage.Sqlite;

/// <summary>
/// The changes that add and remove one link, run inside the change's transaction. Each touches only its own link
/// row, never the paper's other links, so changes to different links of one paper never undo each other.
/// </summary>
internal static class SqliteLinkChanges
{
    public static async Task LinkAsync(
        SqliteWriteStatements statements, LinkPaper change, SqliteTouchedNodes touched, CancellationToken cancellationToken)
    {
        var mention = change.Mention;
        var paper = (await SqliteLookups.GetPapersAsync(statements.Connection, [mention.PaperId], cancellationToken))
            .SingleOrDefault() ?? throw ChangeErrors.PaperNotFound(mention.PaperId);

        statements.EntityKind.Set("$id", mention.EntityId);
        var storedKind = await statements.EntityKind.ExecuteScalarAsync(cancellationToken) as string
            ?? throw ChangeErrors.TermNotFound(mention.EntityId);
        if (storedKind != SqliteNames.Kind(mention.Kind))
        {
            throw ChangeErrors.WrongKind(mention.EntityId, SqliteNames.ParseKind(storedKind), mention.Kind);
        }

        var stale = mention.Evidence.FirstOrDefault(span => !EvidenceSpans.Matches(paper, span));
        if (stale is not null)
        {
            throw ChangeErrors.EvidenceNotInText(paper.Id, stale);
        }

        // Whatever flag the caller set: a link made by a change is a curator's link, and it lifts a rejection.
        await SqliteGraphWriter.WriteMentionAsync(statements, mention with { Curated = true }, cancellationToken);
        touched.Entities.Add(mention.EntityId);
    }

    public static async Task UnlinkAsync(
        SqliteWriteStatements statements, UnlinkPaper change, SqliteTouchedNodes touched, CancellationToken cancellationToken)
    {
        await using (var exists = statements.Connection.Command(
            "SELECT EXISTS (SELECT 1 FROM mentions WHERE paper_id = $paper_id AND entity_id = $entity_id);",
            ("$paper_id", change.PaperId),
            ("$entity_id", change.EntityId)))
        {
            if (await exists.ScalarInt64Async(cancellationToken) == 0)
            {
                throw ChangeErrors.LinkNotFound(change.PaperId, change.EntityId);
            }
        }

        await using var delete = statements.Connection.Command("""
            DELETE FROM evidence WHERE paper_id = $paper_id AND entity_id = $entity_id;
            DELETE FROM mentions WHERE paper_id = $paper_id AND entity_id = $entity_id;
            """,
            ("$paper_id", change.PaperId),
            ("$entity_id", change.EntityId));
        await delete.ExecuteNonQueryAsync(cancellationToken);

        // Otherwise the next ingestion of the paper would extract the link again and undo the curator's decision.
        await SqliteRejectedLinks.RecordAsync(statements, change.PaperId, change.EntityId, cancellationToken);
        touched.Entities.Add(change.EntityId);
    }
}
