using System.Globalization;
using Graph.Core;
using Graph.Core.Curation;
using Graph.Core.Domain;
using static Graph.Storage.Neo4j.Neo4jValues;

namespace Graph.Storage.Neo4j;

/// <summary>
/// Applies one curation change inside one transaction, together with its audit record. The transaction first
/// takes the next audit number (<c>curation/next-sequence</c>), whose lock serializes changes; then it checks what
/// the change needs (missing nodes are <c>NOT_FOUND</c>, contradictions <c>CONFLICT</c>), writes, and appends the
/// <c>(:Change)</c> entry. A failed check throws before anything is written, and the transaction rolls back.
/// </summary>
internal static class Neo4jCuration
{
    public static async Task<ChangeRecord> ApplyAsync(
        Neo4jTransaction transaction, GraphChange change, ChangeContext context, CancellationToken cancellationToken)
    {
        var sequence = Long((await transaction.RunAsync(Neo4jCypher.Statement("curation/next-sequence"), cancellationToken))
            .Records[0]["sequence"]);
        switch (change)
        {
            case AddPaper add:
                await WritePaperAsync(transaction, add.Paper, cancellationToken);
                break;
            case UpdatePaper update:
                await UpdatePaperAsync(transaction, update, cancellationToken);
                break;
            case RemovePaper remove:
                await RemovePaperAsync(transaction, remove.PaperId, cancellationToken);
                break;
            case LinkPaper link:
                await LinkPaperAsync(transaction, link.Mention, cancellationToken);
                break;
            case UnlinkPaper unlink:
                await UnlinkPaperAsync(transaction, unlink, cancellationToken);
                break;
            case UpsertTerm upsert:
                await UpsertTermAsync(transaction, upsert, cancellationToken);
                break;
            case MergeTerms merge:
                await MergeTermsAsync(transaction, merge, cancellationToken);
                break;
            default:
                throw new ArgumentException($"Unknown change '{change.GetType().Name}'.", nameof(change));
        }

        var record = new ChangeRecord(sequence, context.At, context.Actor, change.Operation, change.Targets.ToList(), context.Summary);
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

    private static async Task WritePaperAsync(Neo4jTransaction transaction, PaperGraph paper, CancellationToken cancellationToken)
    {
        var batch = new GraphBatch([], [paper]);
        GraphBatchValidator.Validate(batch);
        var checks = await Neo4jTermChecks.LoadAsync(transaction, Neo4jTermChecks.IdsOf(batch), cancellationToken);
        Throw(checks.Check(batch));
        await Neo4jGraphWriter.WriteCheckedAsync(transaction, batch, null, cancellationToken);
    }

    private static async Task UpdatePaperAsync(Neo4jTransaction transaction, UpdatePaper update, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(update.Updated?.Paper);
        var id = update.Updated.Paper.Id;
        var current = (await Neo4jLookups.GetPapersAsync(transaction, [id], cancellationToken)).SingleOrDefault()
            ?? throw NotFound($"Paper '{id}' does not exist.");
        if (current.Title != update.ExpectedTitle || current.Abstract != update.ExpectedAbstract)
        {
            throw new CurationConflictException(
                ErrorCodes.Conflict, $"Paper '{id}' was edited since it was read; read it again and redo the change.");
        }

        await WritePaperAsync(transaction, update.Updated, cancellationToken);
    }

    private static async Task RemovePaperAsync(Neo4jTransaction transaction, string paperId, CancellationToken cancellationToken)
    {
        var previous = await Neo4jGraphWriter.PreviousLinksAsync(transaction, [paperId], cancellationToken);
        var removed = await transaction.RunAsync(Neo4jCypher.Statement("curation/remove-paper", ("paperId", paperId)), cancellationToken);
        if (Long(removed.Records[0]["removed"]) == 0)
        {
            throw NotFound($"Paper '{paperId}' does not exist.");
        }

        await Neo4jGraphWriter.DeleteOrphansAsync(transaction, previous, cancellationToken);
    }

    private static async Task LinkPaperAsync(Neo4jTransaction transaction, Mention mention, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(mention);
        if (string.IsNullOrWhiteSpace(mention.PaperId) || string.IsNullOrWhiteSpace(mention.EntityId) || mention.Evidence is null)
        {
            throw new GraphQueryException(ErrorCodes.InvalidArgument, "A link needs a paper, a term and a (possibly empty) evidence list.");
        }

        await RequireTermAsync(transaction, mention.EntityId, mention.Kind, cancellationToken);
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
            throw NotFound($"Paper '{mention.PaperId}' does not exist.");
        }
    }

    private static async Task UnlinkPaperAsync(Neo4jTransaction transaction, UnlinkPaper unlink, CancellationToken cancellationToken)
    {
        var result = await transaction.RunAsync(
            Neo4jCypher.Statement("curation/unlink-paper", ("paperId", unlink.PaperId), ("entityId", unlink.EntityId)),
            cancellationToken);
        if (Long(result.Records[0]["unlinked"]) > 0)
        {
            return;
        }

        // Nothing was removed: say which node is missing, or that the two were never linked.
        if ((await Neo4jLookups.GetPapersAsync(transaction, [unlink.PaperId], cancellationToken)).Count == 0)
        {
            throw NotFound($"Paper '{unlink.PaperId}' does not exist.");
        }

        var checks = await Neo4jTermChecks.LoadAsync(transaction, [unlink.EntityId], cancellationToken);
        throw NotFound(checks.StoredKind(unlink.EntityId) is null
            ? $"Term '{unlink.EntityId}' does not exist."
            : $"Paper '{unlink.PaperId}' has no link to term '{unlink.EntityId}'.");
    }

    private static async Task UpsertTermAsync(Neo4jTransaction transaction, UpsertTerm upsert, CancellationToken cancellationToken)
    {
        var term = upsert.Term;
        GraphBatchValidator.Validate(new GraphBatch([term], []));
        ArgumentNullException.ThrowIfNull(upsert.NewLinks);
        foreach (var link in upsert.NewLinks)
        {
            if (link is null || link.EntityId != term.Id || link.Kind != term.Kind || string.IsNullOrWhiteSpace(link.PaperId) || link.Evidence is null)
            {
                throw new GraphQueryException(
                    ErrorCodes.InvalidArgument, $"Every new link of term '{term.Id}' must link a paper to that term, with its kind.");
            }
        }

        var checks = await Neo4jTermChecks.LoadAsync(
            transaction, new[] { term.Id, term.ParentId }.OfType<string>(), cancellationToken);
        Throw(checks.Check(new GraphBatch([term], [])));
        var paperIds = Neo4jLookups.Distinct(upsert.NewLinks.Select(l => l.PaperId));
        var found = (await Neo4jLookups.GetPapersAsync(transaction, paperIds, cancellationToken)).Select(p => p.Id).ToHashSet(StringComparer.Ordinal);
        if (paperIds.FirstOrDefault(id => !found.Contains(id)) is { } missing)
        {
            throw NotFound($"Paper '{missing}' does not exist.");
        }

        await Neo4jGraphWriter.RunAsync(transaction, new GraphBatch([term], []), cancellationToken);
        var links = upsert.NewLinks.GroupBy(l => l.PaperId, StringComparer.Ordinal)
            .Select(g => new PaperGraph(
                new Paper(g.Key, "", "", null, null, null, null, null, []), g.Select(l => l with { Curated = false }).ToList(), []));
        foreach (var statement in Cypher.CypherIngestPlan.For(new GraphBatch([], links.ToList())).Where(s => s.Name == "ingest/merge-mentions"))
        {
            await transaction.RunAsync(Neo4jGraphWriter.Ingest(statement), cancellationToken);
        }
    }

    private static async Task MergeTermsAsync(Neo4jTransaction transaction, MergeTerms merge, CancellationToken cancellationToken)
    {
        if (merge.SurvivorId == merge.MergedId)
        {
            throw new GraphQueryException(ErrorCodes.InvalidArgument, "A term cannot be merged into itself.");
        }

        var checks = await Neo4jTermChecks.LoadAsync(transaction, [merge.SurvivorId, merge.MergedId], cancellationToken);
        var kind = checks.StoredKind(merge.SurvivorId) ?? throw NotFound($"Term '{merge.SurvivorId}' does not exist.");
        var mergedKind = checks.StoredKind(merge.MergedId) ?? throw NotFound($"Term '{merge.MergedId}' does not exist.");
        if (kind != mergedKind)
        {
            throw new CurationConflictException(
                ErrorCodes.Conflict, $"Term '{merge.MergedId}' is a {Neo4jGraphModel.Noun(mergedKind)}, not a {Neo4jGraphModel.Noun(kind)}.");
        }

        var terms = (await Neo4jLookups.GetEntitiesAsync(transaction, [merge.SurvivorId, merge.MergedId], cancellationToken))
            .ToDictionary(t => t.Id, StringComparer.Ordinal);
        var survivor = terms[merge.SurvivorId];
        var merged = terms[merge.MergedId];
        var children = (await Neo4jLookups.GetVariantsAsync(transaction, [merge.MergedId], cancellationToken))
            .Select(v => v.Id).Where(id => id != merge.SurvivorId).ToList();

        // The survivor keeps its parent; one it had only through the merged term becomes the merged term's parent.
        var survivorParent = checks.StoredParent(merge.SurvivorId);
        var parent = survivorParent is null || survivorParent == merge.MergedId ? checks.StoredParent(merge.MergedId) : survivorParent;
        var above = parent == survivorParent ? checks.StoredAncestors(merge.SurvivorId) : checks.StoredAncestors(merge.MergedId);
        if (parent == merge.SurvivorId)
        {
            // The merged term was a direct variant of the survivor: that link simply disappears.
            parent = null;
        }

        var chain = parent is null ? [] : above.SkipWhile(id => id != parent).ToList();
        if (chain.Any(id => id == merge.SurvivorId || id == merge.MergedId || children.Contains(id)))
        {
            throw new CurationConflictException(
                ErrorCodes.Conflict, $"Merging '{merge.MergedId}' into '{merge.SurvivorId}' would make a term a variant of itself.");
        }

        var fills = Neo4jCypher.KindFills(kind);
        await transaction.RunAsync(
            Neo4jCypher.Template("curation/merge-term-links", fills, ("survivorId", merge.SurvivorId), ("mergedId", merge.MergedId)),
            cancellationToken);
        var label = Neo4jGraphModel.Label(kind);
        await SetParentsAsync(transaction, label, children.Select(id => (id, (string?)merge.SurvivorId)), cancellationToken);
        await transaction.RunAsync(
            Neo4jCypher.Template("curation/delete-term", [("__LABEL__", label)], ("id", merge.MergedId)), cancellationToken);
        await SetParentsAsync(transaction, label, [(merge.SurvivorId, parent)], cancellationToken);

        var aliases = survivor.Aliases.Append(merged.Name).Concat(merged.Aliases)
            .Where(a => !string.Equals(a, survivor.Name, StringComparison.OrdinalIgnoreCase))
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .ToList();
        var renamed = survivor with { Aliases = aliases, ParentId = parent, Description = survivor.Description ?? merged.Description };
        foreach (var statement in Cypher.CypherIngestPlan.For(new GraphBatch([renamed], [])).Where(s => s.Name == "ingest/merge-entities"))
        {
            await transaction.RunAsync(Neo4jGraphWriter.Ingest(statement), cancellationToken);
        }
    }

    private static async Task SetParentsAsync(
        Neo4jTransaction transaction, string label, IEnumerable<(string Id, string? ParentId)> parents, CancellationToken cancellationToken)
    {
        var rows = parents
            .Select(p => (IReadOnlyDictionary<string, object?>)new Dictionary<string, object?>(StringComparer.Ordinal)
            {
                ["id"] = p.Id,
                ["parentId"] = p.ParentId,
            })
            .ToList();
        if (rows.Count == 0)
        {
            return;
        }

        var text = Cypher.CypherCatalog.Get("ingest/merge-variants").Replace("__LABEL__", label, StringComparison.Ordinal);
        await transaction.RunAsync(Neo4jGraphWriter.Ingest(new Cypher.CypherStatement("ingest/merge-variants", text, rows)), cancellationToken);
    }

    private static async Task RequireTermAsync(Neo4jTransaction transaction, string id, EntityKind kind, CancellationToken cancellationToken)
    {
        var checks = await Neo4jTermChecks.LoadAsync(transaction, [id], cancellationToken);
        var stored = checks.StoredKind(id) ?? throw NotFound($"Term '{id}' does not exist.");
        if (stored != kind)
        {
            throw new CurationConflictException(
                ErrorCodes.Conflict, $"Term '{id}' is a {Neo4jGraphModel.Noun(stored)}, not a {Neo4jGraphModel.Noun(kind)}.");
        }
    }

    private static void Throw(Neo4jProblem? problem)
    {
        if (problem is not null)
        {
            throw new CurationConflictException(
                problem.Kind == Neo4jProblemKind.Missing ? ErrorCodes.NotFound : ErrorCodes.Conflict, problem.Message);
        }
    }

    private static CurationConflictException NotFound(string message) => new(ErrorCodes.NotFound, message);
}
