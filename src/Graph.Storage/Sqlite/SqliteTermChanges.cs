using Graph.Core.Curation;
using Graph.Core.Domain;

namespace Graph.Storage.Sqlite;

/// <summary>The changes that write and merge terms, run inside the change's transaction.</summary>
internal static class SqliteTermChanges
{
    public static async Task UpsertAsync(
        SqliteWriteStatements statements, UpsertTerm change, SqliteTouchedNodes touched, CancellationToken cancellationToken)
    {
        var term = change.Term;
        if (term.ParentId is not null && !await ExistsAsync(statements, term.ParentId, cancellationToken))
        {
            throw ChangeErrors.TermNotFound(term.ParentId);
        }

        await using (var missing = statements.Connection.Command("""
            SELECT value FROM json_each($ids) WHERE value NOT IN (SELECT id FROM papers) ORDER BY value LIMIT 1;
            """,
            ("$ids", SqliteCommands.JsonList(change.NewLinks.Select(link => link.PaperId)))))
        {
            if (await missing.ExecuteScalarAsync(cancellationToken) is string paperId)
            {
                throw ChangeErrors.PaperNotFound(paperId);
            }
        }

        await SqliteGraphWriter.UpsertEntitiesAsync(statements, [term], cancellationToken);
        foreach (var link in change.NewLinks)
        {
            await SqliteGraphWriter.WriteMentionAsync(statements, link, cancellationToken);
        }

        touched.Entities.Add(term.Id);
    }

    public static async Task MergeAsync(
        SqliteWriteStatements statements, MergeTerms change, SqliteTouchedNodes touched, CancellationToken cancellationToken)
    {
        var terms = await SqliteLookups.GetEntitiesAsync(
            statements.Connection, [change.SurvivorId, change.MergedId], cancellationToken);
        var survivor = terms.SingleOrDefault(t => t.Id == change.SurvivorId)
            ?? throw ChangeErrors.TermNotFound(change.SurvivorId);
        var merged = terms.SingleOrDefault(t => t.Id == change.MergedId)
            ?? throw ChangeErrors.TermNotFound(change.MergedId);
        if (survivor.Kind != merged.Kind)
        {
            throw ChangeErrors.KindsDiffer(survivor, merged);
        }

        var parentId = await ParentAfterMergeAsync(statements, survivor, merged, cancellationToken);
        var variants = await ReparentVariantsAsync(statements, survivor, merged, cancellationToken);
        await SqliteTermLinkMerge.MoveLinksAsync(statements, survivor, merged, cancellationToken);
        await SqliteRejectedLinks.MergeAsync(statements, survivor.Id, merged.Id, cancellationToken);

        await using (var delete = statements.Connection.Command(
            "DELETE FROM entity_names WHERE entity_id = $id; DELETE FROM entities WHERE id = $id;", ("$id", merged.Id)))
        {
            await delete.ExecuteNonQueryAsync(cancellationToken);
        }

        var combined = survivor with
        {
            Aliases = TermMerge.Aliases(survivor, merged),
            ParentId = parentId,
            Description = survivor.Description ?? merged.Description,
        };
        await SqliteGraphWriter.UpsertEntitiesAsync(statements, [combined], cancellationToken);

        // Safe by construction (the survivor took the merged term's place in the hierarchy); checked all the same,
        // since a cycle of variants would make every walk up the hierarchy loop.
        foreach (var variant in variants)
        {
            await SqliteGraphWriter.CheckVariantAsync(statements, variant, survivor.Kind, survivor.Id, cancellationToken);
        }

        touched.Entities.Add(survivor.Id);
    }

    /// <summary>
    /// The survivor's parent after the merge: its own, unless that leads up to the merged term, in which case it
    /// takes the merged term's place and parent (otherwise its variants would become its ancestors).
    /// </summary>
    private static async Task<string?> ParentAfterMergeAsync(
        SqliteWriteStatements statements, Entity survivor, Entity merged, CancellationToken cancellationToken)
    {
        await using var below = statements.Connection.Command("""
            WITH RECURSIVE up (id, depth) AS (
                SELECT parent_id, 1 FROM entities WHERE id = $survivor_id AND parent_id IS NOT NULL
                UNION ALL
                SELECT e.parent_id, up.depth + 1 FROM up JOIN entities e ON e.id = up.id
                WHERE e.parent_id IS NOT NULL AND up.depth < 64)
            SELECT EXISTS (SELECT 1 FROM up WHERE id = $merged_id);
            """,
            ("$survivor_id", survivor.Id),
            ("$merged_id", merged.Id));
        return await below.ScalarInt64Async(cancellationToken) == 1 ? merged.ParentId : survivor.ParentId;
    }

    /// <summary>Makes the merged term's variants (but the survivor) variants of the survivor; returns their ids.</summary>
    private static async Task<IReadOnlyList<string>> ReparentVariantsAsync(
        SqliteWriteStatements statements, Entity survivor, Entity merged, CancellationToken cancellationToken)
    {
        await using var update = statements.Connection.Command("""
            UPDATE entities SET parent_id = $survivor_id
            WHERE parent_id = $merged_id AND id <> $survivor_id
            RETURNING id;
            """,
            ("$survivor_id", survivor.Id),
            ("$merged_id", merged.Id));
        return await update.ReadAllAsync(r => r.GetString(0), cancellationToken);
    }

    private static async Task<bool> ExistsAsync(
        SqliteWriteStatements statements, string entityId, CancellationToken cancellationToken)
    {
        statements.EntityKind.Set("$id", entityId);
        return await statements.EntityKind.ExecuteScalarAsync(cancellationToken) is string;
    }
}
