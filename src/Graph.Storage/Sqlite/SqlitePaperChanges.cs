using Graph.Core.Curation;
using Graph.Core.Domain;

namespace Graph.Storage.Sqlite;

/// <summary>The changes that add, update and remove papers, run inside the change's transaction.</summary>
internal static class SqlitePaperChanges
{
    public static async Task AddAsync(
        SqliteWriteStatements statements, AddPaper change, SqliteTouchedNodes touched, CancellationToken cancellationToken)
    {
        await RequireTermsAsync(statements, change.Paper.Mentions, cancellationToken);
        await SqliteGraphWriter.WritePaperGraphAsync(statements, change.Paper, touched, cancellationToken);
    }

    public static async Task UpdateAsync(
        SqliteWriteStatements statements, UpdatePaper change, SqliteTouchedNodes touched, CancellationToken cancellationToken)
    {
        var paperId = change.Updated.Paper.Id;
        await using (var read = statements.Connection.Command(
            "SELECT title, abstract FROM papers WHERE id = $id;", ("$id", paperId)))
        {
            await using var reader = await read.ExecuteReaderAsync(cancellationToken);
            if (!await reader.ReadAsync(cancellationToken))
            {
                throw ChangeErrors.PaperNotFound(paperId);
            }

            // Ordinal: a change of case or of a single character is an edit the caller has not seen.
            if (!string.Equals(reader.GetString(0), change.ExpectedTitle, StringComparison.Ordinal) ||
                !string.Equals(reader.GetString(1), change.ExpectedAbstract, StringComparison.Ordinal))
            {
                throw ChangeErrors.TextChanged(paperId);
            }
        }

        await RequireTermsAsync(statements, change.Updated.Mentions, cancellationToken);
        await SqliteGraphWriter.WritePaperGraphAsync(statements, change.Updated, touched, cancellationToken);
    }

    public static async Task RemoveAsync(
        SqliteWriteStatements statements, RemovePaper change, SqliteTouchedNodes touched, CancellationToken cancellationToken)
    {
        await RequirePaperAsync(statements, change.PaperId, cancellationToken);
        await touched.AddLinksOfAsync(statements, change.PaperId, cancellationToken);

        // Explicit rather than through the cascades, so what goes with a paper is written down here.
        await using var delete = statements.Connection.Command("""
            DELETE FROM evidence WHERE paper_id = $id;
            DELETE FROM mentions WHERE paper_id = $id;
            DELETE FROM paper_authors WHERE paper_id = $id;
            DELETE FROM candidates WHERE paper_id = $id;
            DELETE FROM rejected_links WHERE paper_id = $id;
            DELETE FROM papers WHERE id = $id;
            """,
            ("$id", change.PaperId));
        await delete.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <exception cref="CurationConflictException">The paper does not exist (<c>NOT_FOUND</c>).</exception>
    public static async Task RequirePaperAsync(
        SqliteWriteStatements statements, string paperId, CancellationToken cancellationToken)
    {
        await using var exists = statements.Connection.Command(
            "SELECT EXISTS (SELECT 1 FROM papers WHERE id = $id);", ("$id", paperId));
        if (await exists.ScalarInt64Async(cancellationToken) == 0)
        {
            throw ChangeErrors.PaperNotFound(paperId);
        }
    }

    /// <summary>
    /// A change that links to a term which does not exist fails as <c>NOT_FOUND</c> before anything is written;
    /// a batch, which may bring its own terms, reports the same mistake as an invalid argument instead.
    /// </summary>
    private static async Task RequireTermsAsync(
        SqliteWriteStatements statements, IEnumerable<Mention> mentions, CancellationToken cancellationToken)
    {
        await using var missing = statements.Connection.Command("""
            SELECT value FROM json_each($ids) WHERE value NOT IN (SELECT id FROM entities) ORDER BY value LIMIT 1;
            """,
            ("$ids", SqliteCommands.JsonList(mentions.Select(m => m.EntityId))));
        if (await missing.ExecuteScalarAsync(cancellationToken) is string entityId)
        {
            throw ChangeErrors.TermNotFound(entityId);
        }
    }
}
