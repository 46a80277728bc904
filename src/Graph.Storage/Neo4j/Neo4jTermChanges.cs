using Graph.Core.Curation;
using Graph.Core.Domain;
using Graph.Storage.Cypher;

namespace Graph.Storage.Neo4j;

/// <summary>The change that adds or rewrites a term with the links found for it, run inside the change's transaction.</summary>
internal static class Neo4jTermChanges
{
    /// <summary>
    /// Checks in the SQLite store's order: the parent exists (<c>NOT_FOUND</c>), every paper of a new link exists
    /// (<c>NOT_FOUND</c>, the first by id), the term keeps its kind and its parent is of that kind and not one of its
    /// variants (<c>INVALID_ARGUMENT</c>). Then writes the term and its new links, each with its own flag: a new link
    /// replaces the paper's extracted link to the term, never a curated one.
    /// </summary>
    public static async Task UpsertAsync(INeo4jRunner transaction, UpsertTerm change, CancellationToken cancellationToken)
    {
        var term = change.Term;
        var checks = await Neo4jTermChecks.LoadAsync(
            transaction, new[] { term.Id, term.ParentId }.OfType<string>(), cancellationToken);
        if (term.ParentId is not null && checks.StoredKind(term.ParentId) is null)
        {
            throw ChangeErrors.TermNotFound(term.ParentId);
        }

        var paperIds = Neo4jLookups.Distinct(change.NewLinks.Select(link => link.PaperId));
        if (paperIds.Length > 0)
        {
            var found = (await Neo4jLookups.GetPapersAsync(transaction, paperIds, cancellationToken))
                .Select(p => p.Id)
                .ToHashSet(StringComparer.Ordinal);
            if (paperIds.FirstOrDefault(id => !found.Contains(id)) is { } missing)
            {
                throw ChangeErrors.PaperNotFound(missing);
            }
        }

        var batch = new GraphBatch([term], []);
        if (checks.Check(batch) is { } problem)
        {
            throw ChangeErrors.Invalid(problem.Message);
        }

        await Neo4jGraphWriter.RunAsync(transaction, batch, cancellationToken);
        foreach (var statement in CypherIngestPlan.ForMentions(change.NewLinks))
        {
            await transaction.RunAsync(Neo4jGraphWriter.Ingest(statement), cancellationToken);
        }
    }
}
