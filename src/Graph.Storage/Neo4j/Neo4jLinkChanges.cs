using Graph.Core.Curation;
using static Graph.Storage.Neo4j.Neo4jValues;

namespace Graph.Storage.Neo4j;

/// <summary>
/// The changes that add and remove one link, run inside the change's transaction. Each touches only its own
/// relationship, never the paper's other links, so changes to different links of one paper never undo each other.
/// </summary>
internal static class Neo4jLinkChanges
{
    /// <summary>
    /// Checks in the SQLite store's order: the paper exists, the term exists and is of the link's kind, and every
    /// span is the paper's text at its offsets; then writes the link curated, whatever the mention's flag says, and
    /// lifts a rejection of it.
    /// </summary>
    public static async Task LinkAsync(INeo4jRunner transaction, LinkPaper change, CancellationToken cancellationToken)
    {
        var mention = change.Mention;
        var paper = (await Neo4jLookups.GetPapersAsync(transaction, [mention.PaperId], cancellationToken)).SingleOrDefault()
            ?? throw ChangeErrors.PaperNotFound(mention.PaperId);
        var checks = await Neo4jTermChecks.LoadAsync(transaction, [mention.EntityId], cancellationToken);
        var stored = checks.StoredKind(mention.EntityId) ?? throw ChangeErrors.TermNotFound(mention.EntityId);
        if (stored != mention.Kind)
        {
            throw ChangeErrors.WrongKind(mention.EntityId, stored, mention.Kind);
        }

        var stale = mention.Evidence.FirstOrDefault(span => !EvidenceSpans.Matches(paper, span));
        if (stale is not null)
        {
            throw ChangeErrors.EvidenceNotInText(paper.Id, stale);
        }

        var statement = Neo4jCypher.Template(
            "curation/link-paper",
            Neo4jCypher.KindFills(mention.Kind),
            ("paperId", mention.PaperId),
            ("entityId", mention.EntityId),
            ("fields", mention.Evidence.Select(e => Neo4jGraphModel.Field(e.Field)).ToArray()),
            ("starts", mention.Evidence.Select(e => e.Start).ToArray()),
            ("ends", mention.Evidence.Select(e => e.End).ToArray()),
            ("texts", mention.Evidence.Select(e => e.Text).ToArray()));
        if (Long((await transaction.RunAsync(statement, cancellationToken)).Records[0]["linked"]) == 0)
        {
            // Both ends were read in this transaction, under the write lock; nothing can have removed them since.
            throw new InvalidDataException($"Neo4j wrote no link from '{mention.PaperId}' to '{mention.EntityId}'.");
        }
    }

    /// <summary>
    /// Removes the link, extracted or curated, and records its rejection so that extraction does not write it again;
    /// <c>NOT_FOUND</c> when the two are not linked.
    /// </summary>
    public static async Task UnlinkAsync(INeo4jRunner transaction, UnlinkPaper change, CancellationToken cancellationToken)
    {
        var result = await transaction.RunAsync(
            Neo4jCypher.Statement("curation/unlink-paper", ("paperId", change.PaperId), ("entityId", change.EntityId)),
            cancellationToken);
        if (Long(result.Records[0]["unlinked"]) == 0)
        {
            throw ChangeErrors.LinkNotFound(change.PaperId, change.EntityId);
        }
    }
}
