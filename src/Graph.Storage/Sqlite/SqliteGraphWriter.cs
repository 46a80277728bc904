using Graph.Core;
using Graph.Core.Domain;
using Microsoft.Data.Sqlite;

namespace Graph.Storage.Sqlite;

/// <summary>
/// Writes a batch in one transaction: terms are upserted, then each paper replaces its previous row, extracted
/// links, authors and candidates, keeping its curated links and its rejected links (an extracted link a curator
/// rejected is not written). Anything that fails (or a cancellation) rolls the whole batch back. The steps are
/// shared with the changes that write papers and terms.
/// </summary>
internal static class SqliteGraphWriter
{
    public static async Task<WriteSummary> WriteAsync(
        SqliteConnection connection, GraphBatch batch, IProgress<int>? progress, CancellationToken cancellationToken)
    {
        GraphBatchValidator.Validate(batch);
        cancellationToken.ThrowIfCancellationRequested();

        // BEGIN IMMEDIATE: take the write lock up front rather than fail to upgrade a read lock halfway.
        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken);
        await using var statements = new SqliteWriteStatements(connection);
        await UpsertEntitiesAsync(statements, batch.Entities, cancellationToken);

        var touched = new SqliteTouchedNodes();
        var counts = new SqlitePaperCounts();
        var links = Enum.GetValues<EntityKind>().ToDictionary(kind => kind, _ => 0);
        var candidates = 0;
        var written = 0;
        foreach (var graph in batch.Papers)
        {
            cancellationToken.ThrowIfCancellationRequested();
            await WriteBatchPaperAsync(statements, graph, touched, counts, cancellationToken);
            foreach (var mention in graph.Mentions)
            {
                links[mention.Kind]++;
            }

            candidates += graph.Candidates.Count;
            progress?.Report(++written);
        }

        await counts.SettleAsync(statements, cancellationToken);
        await touched.DeleteOrphansAsync(statements, cancellationToken);
        cancellationToken.ThrowIfCancellationRequested();
        await transaction.CommitAsync(cancellationToken);
        return new WriteSummary(batch.Papers.Count, batch.Entities.Count, links, candidates);
    }

    /// <summary>Upserts terms, then checks the parent of each variant among them (kind, no cycle).</summary>
    public static async Task UpsertEntitiesAsync(
        SqliteWriteStatements statements, IReadOnlyList<Entity> entities, CancellationToken cancellationToken)
    {
        foreach (var entity in entities)
        {
            cancellationToken.ThrowIfCancellationRequested();
            await UpsertEntityAsync(statements, entity, cancellationToken);
        }

        // After all upserts, so a batch may list a variant before its parent.
        foreach (var entity in entities.Where(e => e.ParentId is not null))
        {
            await CheckVariantAsync(statements, entity.Id, entity.Kind, entity.ParentId!, cancellationToken);
        }
    }

    /// <summary>
    /// Replaces a paper's row, authors, extracted links and candidates; its curated links stay, without the
    /// evidence that no longer matches its text. The nodes it was and is linked to are added to
    /// <paramref name="touched"/>.
    /// </summary>
    public static async Task WritePaperGraphAsync(
        SqliteWriteStatements statements, PaperGraph graph, SqliteTouchedNodes touched, CancellationToken cancellationToken)
    {
        await touched.AddLinksOfAsync(statements, graph.Paper.Id, cancellationToken);
        await ReplacePaperGraphAsync(statements, graph, touched, isNew: false, cancellationToken);
    }

    /// <summary>
    /// <see cref="WritePaperGraphAsync"/> for a batch: a paper not stored yet has nothing to clear, so it costs
    /// only its inserts; a stored one has its links before the write recorded in <paramref name="counts"/>.
    /// </summary>
    private static async Task WriteBatchPaperAsync(
        SqliteWriteStatements statements,
        PaperGraph graph,
        SqliteTouchedNodes touched,
        SqlitePaperCounts counts,
        CancellationToken cancellationToken)
    {
        var paperId = graph.Paper.Id;
        var isNew = false;
        if (!counts.Contains(paperId))
        {
            statements.PaperExists.Set("$paper_id", paperId);
            isNew = await statements.PaperExists.ScalarInt64Async(cancellationToken) == 0;
            counts.Add(paperId, isNew ? [] : await touched.AddLinksOfAsync(statements, paperId, cancellationToken));
        }

        await ReplacePaperGraphAsync(statements, graph, touched, isNew, cancellationToken);
    }

    private static async Task ReplacePaperGraphAsync(
        SqliteWriteStatements statements, PaperGraph graph, SqliteTouchedNodes touched, bool isNew, CancellationToken cancellationToken)
    {
        // Links, evidence, authors and candidates all hang off the paper row (foreign keys), so a paper that is
        // not stored has none of them to clear.
        if (!isNew)
        {
            statements.ClearPaper.Set("$paper_id", graph.Paper.Id);
            await statements.ClearPaper.ExecuteNonQueryAsync(cancellationToken);
        }

        await WritePaperAsync(statements, graph.Paper, touched, cancellationToken);
        if (!isNew)
        {
            await SqliteEvidence.DropStaleCuratedAsync(statements, graph.Paper, cancellationToken);
        }

        foreach (var mention in graph.Mentions)
        {
            await WriteMentionAsync(statements, mention, isNew, cancellationToken);
            touched.Entities.Add(mention.EntityId);
        }

        for (var i = 0; i < graph.Candidates.Count; i++)
        {
            await WriteCandidateAsync(statements, graph.Candidates[i], i, cancellationToken);
        }
    }

    /// <summary>
    /// Writes one link with its evidence, curated or not as the mention says; a curated link already there wins
    /// over an extracted one, whose evidence is then dropped, and so does a curator's rejection of the link. A
    /// curated link replaces the rejection. Returns whether the link was written.
    /// </summary>
    /// <exception cref="GraphQueryException">The term is missing or of another kind (<c>INVALID_ARGUMENT</c>).</exception>
    public static Task<bool> WriteMentionAsync(
        SqliteWriteStatements statements, Mention mention, CancellationToken cancellationToken) =>
        WriteMentionAsync(statements, mention, isNewPaper: false, cancellationToken);

    private static async Task<bool> WriteMentionAsync(
        SqliteWriteStatements statements, Mention mention, bool isNewPaper, CancellationToken cancellationToken)
    {
        var upsert = statements.UpsertMention;
        upsert.Set("$paper_id", mention.PaperId);
        upsert.Set("$entity_id", mention.EntityId);
        upsert.Set("$kind", SqliteNames.Kind(mention.Kind));
        upsert.Set("$curated", mention.Curated ? 1 : 0);
        upsert.Set("$skip_rejected", mention.Curated || isNewPaper ? 0 : 1);
        if (await upsert.ExecuteNonQueryAsync(cancellationToken) == 0)
        {
            statements.EntityKind.Set("$id", mention.EntityId);
            var storedKind = await statements.EntityKind.ExecuteScalarAsync(cancellationToken) as string;
            if (storedKind == SqliteNames.Kind(mention.Kind))
            {
                return false;
            }

            throw Invalid(storedKind is null
                ? $"Paper '{mention.PaperId}' links to term '{mention.EntityId}', which is in neither the batch nor the store."
                : $"Paper '{mention.PaperId}' links to term '{mention.EntityId}' as a {SqliteNames.Kind(mention.Kind)}, but it is a {storedKind}.");
        }

        // A paper never has both a link and a rejection of it: the curator's link is the later word.
        if (mention.Curated && !isNewPaper)
        {
            statements.DeleteRejection.Set("$paper_id", mention.PaperId);
            statements.DeleteRejection.Set("$entity_id", mention.EntityId);
            await statements.DeleteRejection.ExecuteNonQueryAsync(cancellationToken);
        }

        await SqliteEvidence.ReplaceAsync(
            statements, mention.PaperId, mention.EntityId, mention.Evidence, clear: !isNewPaper, cancellationToken);
        return true;
    }

    /// <summary>
    /// Checks that a term's parent is stored, of the same kind, and not one of its own variants.
    /// </summary>
    /// <exception cref="GraphQueryException">It is not (<c>INVALID_ARGUMENT</c>).</exception>
    public static async Task CheckVariantAsync(
        SqliteWriteStatements statements, string id, EntityKind kind, string parentId, CancellationToken cancellationToken)
    {
        var check = statements.CheckVariant;
        check.Set("$id", id);
        check.Set("$parent_id", parentId);
        await using var reader = await check.ExecuteReaderAsync(cancellationToken);
        await reader.ReadAsync(cancellationToken);
        var parentKind = reader.GetNullableString(0);
        if (parentKind is null)
        {
            throw Invalid($"Term '{id}' is a variant of '{parentId}', which is in neither the batch nor the store.");
        }

        if (parentKind != SqliteNames.Kind(kind))
        {
            throw Invalid($"Term '{id}' is a variant of '{parentId}', a term of another kind.");
        }

        if (reader.GetBoolean(1))
        {
            throw Invalid($"Making '{id}' a variant of '{parentId}' would close a cycle of variants.");
        }
    }

    /// <summary>The lower-cased canonical name and aliases a term can be found by.</summary>
    public static IEnumerable<string> NameKeys(Entity entity) =>
        entity.Aliases.Prepend(entity.Name)
            .Where(name => !string.IsNullOrWhiteSpace(name))
            .Select(name => name.Trim().ToLowerInvariant())
            .Distinct(StringComparer.Ordinal);

    private static async Task UpsertEntityAsync(
        SqliteWriteStatements statements, Entity entity, CancellationToken cancellationToken)
    {
        statements.EntityKind.Set("$id", entity.Id);
        var storedKind = await statements.EntityKind.ExecuteScalarAsync(cancellationToken) as string;
        var kind = SqliteNames.Kind(entity.Kind);
        if (storedKind is not null && storedKind != kind)
        {
            // Links carry the kind they were made with; changing it would leave them pointing the wrong way.
            throw Invalid($"Term '{entity.Id}' is stored as a {storedKind} and cannot become a {kind}.");
        }

        var upsert = statements.UpsertEntity;
        upsert.Set("$id", entity.Id);
        upsert.Set("$kind", kind);
        upsert.Set("$name", entity.Name);
        upsert.Set("$name_sort", entity.Name.ToLowerInvariant());
        upsert.Set("$aliases", SqliteCommands.JsonList(entity.Aliases));
        upsert.Set("$parent_id", entity.ParentId);
        upsert.Set("$description", entity.Description);
        await upsert.ExecuteNonQueryAsync(cancellationToken);

        var insertName = statements.InsertEntityName;
        insertName.Set("$id", entity.Id);
        foreach (var key in NameKeys(entity))
        {
            insertName.Set("$name_key", key);
            await insertName.ExecuteNonQueryAsync(cancellationToken);
        }
    }

    private static async Task WritePaperAsync(
        SqliteWriteStatements statements, Paper paper, SqliteTouchedNodes touched, CancellationToken cancellationToken)
    {
        string? organizationId = null;
        if (paper.Organization is not null)
        {
            organizationId = GraphIds.ForOrganization(paper.Organization);
            statements.UpsertOrganization.Set("$id", organizationId);
            statements.UpsertOrganization.Set("$name", paper.Organization);
            await statements.UpsertOrganization.ExecuteNonQueryAsync(cancellationToken);
            touched.Organizations.Add(organizationId);
        }

        var upsert = statements.UpsertPaper;
        upsert.Set("$id", paper.Id);
        upsert.Set("$title", paper.Title);
        upsert.Set("$title_sort", paper.Title.ToLowerInvariant());
        upsert.Set("$abstract", paper.Abstract);
        upsert.Set("$published_on", paper.PublishedOn is { } date ? SqliteCommands.FormatDate(date) : null);
        upsert.Set("$author_count", paper.AuthorCount);
        upsert.Set("$upvotes", paper.Upvotes);
        upsert.Set("$arxiv_id", paper.ArxivId);
        upsert.Set("$organization", paper.Organization);
        upsert.Set("$organization_id", organizationId);
        await upsert.ExecuteNonQueryAsync(cancellationToken);

        for (var position = 0; position < paper.Authors.Count; position++)
        {
            var name = paper.Authors[position];
            var authorId = GraphIds.ForAuthor(name);
            statements.UpsertAuthor.Set("$id", authorId);
            statements.UpsertAuthor.Set("$name", name);
            await statements.UpsertAuthor.ExecuteNonQueryAsync(cancellationToken);

            var link = statements.InsertPaperAuthor;
            link.Set("$paper_id", paper.Id);
            link.Set("$position", position);
            link.Set("$author_id", authorId);
            link.Set("$name", name);
            await link.ExecuteNonQueryAsync(cancellationToken);
            touched.Authors.Add(authorId);
        }
    }

    private static async Task WriteCandidateAsync(
        SqliteWriteStatements statements, CandidateTerm candidate, int ordinal, CancellationToken cancellationToken)
    {
        var insert = statements.InsertCandidate;
        insert.Set("$paper_id", candidate.PaperId);
        insert.Set("$ordinal", ordinal);
        insert.Set("$name", candidate.Name);
        insert.Set("$abbreviation", candidate.Abbreviation);
        insert.Set("$suggested_kind", candidate.SuggestedKind is { } kind ? SqliteNames.Kind(kind) : null);
        insert.Set("$confidence", candidate.Confidence);
        insert.Set("$pattern", candidate.Pattern);
        insert.Set("$field", SqliteNames.Field(candidate.Evidence.Field));
        insert.Set("$start_offset", candidate.Evidence.Start);
        insert.Set("$end_offset", candidate.Evidence.End);
        insert.Set("$text", candidate.Evidence.Text);
        await insert.ExecuteNonQueryAsync(cancellationToken);
    }

    private static GraphQueryException Invalid(string message) => new(ErrorCodes.InvalidArgument, message);
}
