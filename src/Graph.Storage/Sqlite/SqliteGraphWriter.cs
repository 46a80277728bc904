using Graph.Core;
using Graph.Core.Domain;
using Microsoft.Data.Sqlite;

namespace Graph.Storage.Sqlite;

/// <summary>
/// Writes a batch in one transaction: terms are upserted, then each paper replaces its previous row, links,
/// authors and candidates. Anything that fails (or a cancellation) rolls the whole batch back.
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

        foreach (var entity in batch.Entities)
        {
            cancellationToken.ThrowIfCancellationRequested();
            await UpsertEntityAsync(statements, entity, cancellationToken);
        }

        foreach (var entity in batch.Entities.Where(e => e.ParentId is not null))
        {
            await CheckVariantAsync(statements, entity, cancellationToken);
        }

        var touchedEntities = new HashSet<string>(StringComparer.Ordinal);
        var touchedOrganizations = new HashSet<string>(StringComparer.Ordinal);
        var touchedAuthors = new HashSet<string>(StringComparer.Ordinal);
        var links = Enum.GetValues<EntityKind>().ToDictionary(kind => kind, _ => 0);
        var candidates = 0;
        var written = 0;
        foreach (var graph in batch.Papers)
        {
            cancellationToken.ThrowIfCancellationRequested();
            await CollectPreviousLinksAsync(
                statements, graph.Paper.Id, touchedEntities, touchedOrganizations, touchedAuthors, cancellationToken);
            statements.ClearPaper.Set("$paper_id", graph.Paper.Id);
            await statements.ClearPaper.ExecuteNonQueryAsync(cancellationToken);

            await WritePaperAsync(statements, graph.Paper, touchedOrganizations, touchedAuthors, cancellationToken);
            foreach (var mention in graph.Mentions)
            {
                await WriteMentionAsync(statements, mention, cancellationToken);
                touchedEntities.Add(mention.EntityId);
                links[mention.Kind]++;
            }

            for (var i = 0; i < graph.Candidates.Count; i++)
            {
                await WriteCandidateAsync(statements, graph.Candidates[i], i, cancellationToken);
            }

            candidates += graph.Candidates.Count;
            progress?.Report(++written);
        }

        statements.RecountPapers.Set("$ids", SqliteCommands.JsonList(touchedEntities));
        await statements.RecountPapers.ExecuteNonQueryAsync(cancellationToken);
        statements.DeleteOrphans.Set("$organization_ids", SqliteCommands.JsonList(touchedOrganizations));
        statements.DeleteOrphans.Set("$author_ids", SqliteCommands.JsonList(touchedAuthors));
        await statements.DeleteOrphans.ExecuteNonQueryAsync(cancellationToken);

        cancellationToken.ThrowIfCancellationRequested();
        await transaction.CommitAsync(cancellationToken);
        return new WriteSummary(batch.Papers.Count, batch.Entities.Count, links, candidates);
    }

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

    /// <summary>The lower-cased canonical name and aliases a term can be found by.</summary>
    public static IEnumerable<string> NameKeys(Entity entity) =>
        entity.Aliases.Prepend(entity.Name)
            .Where(name => !string.IsNullOrWhiteSpace(name))
            .Select(name => name.Trim().ToLowerInvariant())
            .Distinct(StringComparer.Ordinal);

    private static async Task CheckVariantAsync(
        SqliteWriteStatements statements, Entity entity, CancellationToken cancellationToken)
    {
        var check = statements.CheckVariant;
        check.Set("$id", entity.Id);
        check.Set("$parent_id", entity.ParentId);
        await using var reader = await check.ExecuteReaderAsync(cancellationToken);
        await reader.ReadAsync(cancellationToken);
        var parentKind = reader.GetNullableString(0);
        if (parentKind is null)
        {
            throw Invalid($"Term '{entity.Id}' is a variant of '{entity.ParentId}', which is in neither the batch nor the store.");
        }

        if (parentKind != SqliteNames.Kind(entity.Kind))
        {
            throw Invalid($"Term '{entity.Id}' is a variant of '{entity.ParentId}', a term of another kind.");
        }

        if (reader.GetBoolean(1))
        {
            throw Invalid($"Making '{entity.Id}' a variant of '{entity.ParentId}' would close a cycle of variants.");
        }
    }

    private static async Task CollectPreviousLinksAsync(
        SqliteWriteStatements statements,
        string paperId,
        HashSet<string> entities,
        HashSet<string> organizations,
        HashSet<string> authors,
        CancellationToken cancellationToken)
    {
        statements.PreviousLinks.Set("$paper_id", paperId);
        await using var reader = await statements.PreviousLinks.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            var target = reader.GetString(0) switch
            {
                "organization" => organizations,
                "author" => authors,
                _ => entities,
            };
            target.Add(reader.GetString(1));
        }
    }

    private static async Task WritePaperAsync(
        SqliteWriteStatements statements,
        Paper paper,
        HashSet<string> organizations,
        HashSet<string> authors,
        CancellationToken cancellationToken)
    {
        string? organizationId = null;
        if (paper.Organization is not null)
        {
            organizationId = GraphIds.ForOrganization(paper.Organization);
            statements.UpsertOrganization.Set("$id", organizationId);
            statements.UpsertOrganization.Set("$name", paper.Organization);
            await statements.UpsertOrganization.ExecuteNonQueryAsync(cancellationToken);
            organizations.Add(organizationId);
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
            authors.Add(authorId);
        }
    }

    private static async Task WriteMentionAsync(
        SqliteWriteStatements statements, Mention mention, CancellationToken cancellationToken)
    {
        var insert = statements.InsertMention;
        insert.Set("$paper_id", mention.PaperId);
        insert.Set("$entity_id", mention.EntityId);
        insert.Set("$kind", SqliteNames.Kind(mention.Kind));
        if (await insert.ExecuteNonQueryAsync(cancellationToken) == 0)
        {
            statements.EntityKind.Set("$id", mention.EntityId);
            var storedKind = await statements.EntityKind.ExecuteScalarAsync(cancellationToken) as string;
            throw Invalid(storedKind is null
                ? $"Paper '{mention.PaperId}' links to term '{mention.EntityId}', which is in neither the batch nor the store."
                : $"Paper '{mention.PaperId}' links to term '{mention.EntityId}' as a {SqliteNames.Kind(mention.Kind)}, but it is a {storedKind}.");
        }

        var evidence = statements.InsertEvidence;
        evidence.Set("$paper_id", mention.PaperId);
        evidence.Set("$entity_id", mention.EntityId);
        for (var i = 0; i < mention.Evidence.Count; i++)
        {
            var span = mention.Evidence[i];
            evidence.Set("$ordinal", i);
            evidence.Set("$field", SqliteNames.Field(span.Field));
            evidence.Set("$start_offset", span.Start);
            evidence.Set("$end_offset", span.End);
            evidence.Set("$text", span.Text);
            await evidence.ExecuteNonQueryAsync(cancellationToken);
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
