using Graph.Core;
using Graph.Core.Domain;
using Graph.Storage.Cypher;
using static Graph.Storage.Neo4j.Neo4jValues;

namespace Graph.Storage.Neo4j;

/// <summary>
/// Writes a batch inside one transaction through the statements of <see cref="CypherIngestPlan"/> (thousands of
/// rows per request, idempotent MERGEs): first every check (<see cref="Neo4jTermChecks"/>), then the terms, then
/// the papers a chunk at a time, then the organizations and authors no paper refers to any more are deleted.
/// </summary>
internal static class Neo4jGraphWriter
{
    public static async Task<WriteSummary> WriteAsync(
        Neo4jTransaction transaction, GraphBatch batch, IProgress<int>? progress, CancellationToken cancellationToken)
    {
        var checks = await Neo4jTermChecks.LoadAsync(transaction, Neo4jTermChecks.IdsOf(batch), cancellationToken);
        if (checks.Check(batch) is { } problem)
        {
            throw new GraphQueryException(ErrorCodes.InvalidArgument, problem.Message);
        }

        await WriteCheckedAsync(transaction, batch, progress, cancellationToken);
        var links = Enum.GetValues<EntityKind>().ToDictionary(
            kind => kind, kind => batch.Papers.Sum(p => p.Mentions.Count(m => m.Kind == kind)));
        return new WriteSummary(batch.Papers.Count, batch.Entities.Count, links, batch.Papers.Sum(p => p.Candidates.Count));
    }

    /// <summary>Writes a batch whose references were checked; reports each paper once its links are written.</summary>
    public static async Task WriteCheckedAsync(
        INeo4jRunner transaction, GraphBatch batch, IProgress<int>? progress, CancellationToken cancellationToken)
    {
        var previous = await PreviousLinksAsync(transaction, batch.Papers.Select(p => p.Paper.Id).ToList(), cancellationToken);
        await RunAsync(transaction, new GraphBatch(batch.Entities, []), cancellationToken);
        var written = 0;
        foreach (var chunk in batch.Papers.Chunk(CypherIngestPlan.RowsPerStatement))
        {
            await RunAsync(transaction, new GraphBatch([], chunk), cancellationToken);
            foreach (var _ in chunk)
            {
                progress?.Report(++written);
                cancellationToken.ThrowIfCancellationRequested();
            }
        }

        await DeleteOrphansAsync(transaction, previous, cancellationToken);
    }

    /// <summary>The organizations and authors the papers link to now.</summary>
    public static async Task<(HashSet<string> Organizations, HashSet<string> Authors)> PreviousLinksAsync(
        INeo4jRunner transaction, IReadOnlyCollection<string> paperIds, CancellationToken cancellationToken)
    {
        var organizations = new HashSet<string>(StringComparer.Ordinal);
        var authors = new HashSet<string>(StringComparer.Ordinal);
        foreach (var chunk in paperIds.Distinct(StringComparer.Ordinal).Chunk(CypherIngestPlan.RowsPerStatement))
        {
            var result = await transaction.RunAsync(
                Neo4jCypher.Statement("write/previous-links", ("paperIds", chunk)), cancellationToken);
            foreach (var record in result.Records)
            {
                organizations.UnionWith(StringList(record["organizationIds"]));
                authors.UnionWith(StringList(record["authorIds"]));
            }
        }

        return (organizations, authors);
    }

    /// <summary>Deletes those of the organizations and authors that no paper links to any more.</summary>
    public static async Task DeleteOrphansAsync(
        INeo4jRunner transaction, (HashSet<string> Organizations, HashSet<string> Authors) candidates, CancellationToken cancellationToken)
    {
        if (candidates.Organizations.Count == 0 && candidates.Authors.Count == 0)
        {
            return;
        }

        await transaction.RunAsync(
            Neo4jCypher.Statement(
                "write/delete-orphans",
                ("organizationIds", candidates.Organizations.Order(StringComparer.Ordinal).ToArray()),
                ("authorIds", candidates.Authors.Order(StringComparer.Ordinal).ToArray())),
            cancellationToken);
    }

    /// <summary>Runs the ingest statements of a batch, in the plan's order.</summary>
    public static async Task RunAsync(INeo4jRunner transaction, GraphBatch batch, CancellationToken cancellationToken)
    {
        foreach (var statement in CypherIngestPlan.For(batch))
        {
            await transaction.RunAsync(Ingest(statement), cancellationToken);
        }
    }

    /// <summary>An ingest statement of the plan as a request: its rows are the <c>$rows</c> parameter.</summary>
    public static Neo4jStatement Ingest(CypherStatement statement) =>
        new(statement.Name, statement.Text, new Dictionary<string, object?>(StringComparer.Ordinal) { ["rows"] = statement.Rows });
}
