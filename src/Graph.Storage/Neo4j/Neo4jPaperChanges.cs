using Graph.Core.Curation;
using Graph.Core.Domain;
using static Graph.Storage.Neo4j.Neo4jValues;

namespace Graph.Storage.Neo4j;

/// <summary>The changes that add, update and remove papers, run inside the change's transaction.</summary>
internal static class Neo4jPaperChanges
{
    /// <summary>
    /// Writes a paper as a batch of one would (curated links kept, less the evidence its new text lost). A link to a
    /// term that does not exist is <c>NOT_FOUND</c> (the first by id, as on SQLite), a link of another kind
    /// <c>INVALID_ARGUMENT</c>; both before anything is written.
    /// </summary>
    public static async Task WriteAsync(INeo4jRunner transaction, PaperGraph paper, CancellationToken cancellationToken)
    {
        var batch = new GraphBatch([], [paper]);
        var checks = await Neo4jTermChecks.LoadAsync(transaction, Neo4jTermChecks.IdsOf(batch), cancellationToken);
        var missing = paper.Mentions.Select(m => m.EntityId)
            .Where(id => checks.StoredKind(id) is null)
            .Order(StringComparer.Ordinal)
            .FirstOrDefault();
        if (missing is not null)
        {
            throw ChangeErrors.TermNotFound(missing);
        }

        if (checks.Check(batch) is { } problem)
        {
            throw ChangeErrors.Invalid(problem.Message);
        }

        await Neo4jGraphWriter.WriteCheckedAsync(transaction, batch, null, cancellationToken);
    }

    public static async Task UpdateAsync(INeo4jRunner transaction, UpdatePaper change, CancellationToken cancellationToken)
    {
        var paperId = change.Updated.Paper.Id;
        var current = (await Neo4jLookups.GetPapersAsync(transaction, [paperId], cancellationToken)).SingleOrDefault()
            ?? throw ChangeErrors.PaperNotFound(paperId);

        // Ordinal: a change of case or of a single character is an edit the caller has not seen.
        if (!string.Equals(current.Title, change.ExpectedTitle, StringComparison.Ordinal) ||
            !string.Equals(current.Abstract, change.ExpectedAbstract, StringComparison.Ordinal))
        {
            throw ChangeErrors.TextChanged(paperId);
        }

        await WriteAsync(transaction, change.Updated, cancellationToken);
    }

    /// <summary>
    /// Removes a paper with all its relationships (its rejected links too) and candidates; its orphaned organization
    /// and authors go too.
    /// </summary>
    public static async Task RemoveAsync(INeo4jRunner transaction, RemovePaper change, CancellationToken cancellationToken)
    {
        var paperId = change.PaperId;
        var previous = await Neo4jGraphWriter.PreviousLinksAsync(transaction, [paperId], cancellationToken);
        var removed = await transaction.RunAsync(
            Neo4jCypher.Statement("curation/remove-paper", ("paperId", paperId)), cancellationToken);
        if (Long(removed.Records[0]["removed"]) == 0)
        {
            throw ChangeErrors.PaperNotFound(paperId);
        }

        await Neo4jGraphWriter.DeleteOrphansAsync(transaction, previous, cancellationToken);
    }
}
