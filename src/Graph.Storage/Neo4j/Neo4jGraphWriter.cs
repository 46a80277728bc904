using Graph.Core;
using Graph.Core.Domain;
using Graph.Storage.Cypher;
using static Graph.Storage.Neo4j.Neo4jValues;

namespace Graph.Storage.Neo4j;

/// <summary>
/// Writes a batch inside one transaction through the statements of <see cref="CypherIngestPlan"/> (thousands of
/// rows per request, idempotent MERGEs): first the store's write lock (<c>write/lock-writes</c>), then every check
/// (<see cref="Neo4jTermChecks"/>), then the terms, then the papers a chunk at a time, then the organizations and
/// authors no paper refers to any more are deleted. Curated links are kept, less the evidence the new text lost, and
/// so are rejected links: <c>ingest/merge-mentions</c> skips an extracted link a curator rejected.
/// </summary>
internal static class Neo4jGraphWriter
{
    public static async Task<WriteSummary> WriteAsync(
        Neo4jTransaction transaction, GraphBatch batch, IProgress<int>? progress, CancellationToken cancellationToken)
    {
        // Changes take the same lock first (curation/next-sequence), so checks and writes never interleave.
        await transaction.RunAsync(Neo4jCypher.Statement("write/lock-writes"), cancellationToken);
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

        // A paper listed twice may drop the organization or authors its earlier version wrote in this batch.
        foreach (var repeated in batch.Papers.GroupBy(p => p.Paper.Id, StringComparer.Ordinal).Where(g => g.Count() > 1).SelectMany(g => g))
        {
            if (repeated.Paper.Organization is { } organization)
            {
                previous.Organizations.Add(GraphIds.ForOrganization(organization));
            }

            previous.Authors.UnionWith(repeated.Paper.Authors.Select(GraphIds.ForAuthor));
        }

        await RunAsync(transaction, new GraphBatch(batch.Entities, []), cancellationToken);
        var written = 0;
        foreach (var chunk in Chunks(batch.Papers))
        {
            await DropStaleCuratedEvidenceAsync(transaction, chunk, cancellationToken);
            await RunAsync(transaction, new GraphBatch([], chunk), cancellationToken);
            foreach (var _ in chunk)
            {
                progress?.Report(++written);
                cancellationToken.ThrowIfCancellationRequested();
            }
        }

        await DeleteOrphansAsync(transaction, previous, cancellationToken);
    }

    /// <summary>
    /// The papers in order, a statement's worth at a time; a paper listed again starts a new chunk, so that its later
    /// version replaces the earlier one's links and candidates, as writing the papers one by one would.
    /// </summary>
    public static IEnumerable<List<PaperGraph>> Chunks(IEnumerable<PaperGraph> papers)
    {
        var chunk = new List<PaperGraph>();
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var paper in papers)
        {
            if (chunk.Count == CypherIngestPlan.RowsPerStatement || !ids.Add(paper.Paper.Id))
            {
                yield return chunk;
                chunk = [];
                ids.Clear();
                ids.Add(paper.Paper.Id);
            }

            chunk.Add(paper);
        }

        if (chunk.Count > 0)
        {
            yield return chunk;
        }
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

    /// <summary>
    /// Curated links outlive a change of their paper's text, but a span that no longer points at the text it names
    /// would show clients the wrong words (or run past the end of the field), so it goes, as on SQLite. Decided in
    /// .NET (<see cref="EvidenceSpans"/>) because offsets count UTF-16 code units and Cypher's substring code points.
    /// </summary>
    public static async Task DropStaleCuratedEvidenceAsync(
        INeo4jRunner transaction, IReadOnlyList<PaperGraph> papers, CancellationToken cancellationToken)
    {
        var written = papers.ToDictionary(graph => graph.Paper.Id, graph => graph.Paper, StringComparer.Ordinal);

        var result = await transaction.RunAsync(
            Neo4jCypher.Statement("write/curated-links", ("paperIds", Neo4jLookups.Distinct(written.Keys))), cancellationToken);
        var rows = new List<IReadOnlyDictionary<string, object?>>();
        foreach (var record in result.Records)
        {
            var link = Neo4jRows.ReadMention(String(record["paperId"]), record["mention"], record["source"]);
            var paper = written.GetValueOrDefault(link.PaperId)
                ?? throw new InvalidDataException($"Neo4j returned a link of paper '{link.PaperId}', which was not asked for.");
            var kept = link.Evidence.Where(span => EvidenceSpans.Matches(paper, span)).ToList();
            if (kept.Count < link.Evidence.Count)
            {
                var row = EvidenceRow(link.PaperId, kept);
                row["entityId"] = link.EntityId;
                rows.Add(row);
            }
        }

        if (rows.Count > 0)
        {
            await transaction.RunAsync(Neo4jCypher.Statement("write/replace-evidence", ("rows", rows)), cancellationToken);
        }
    }

    /// <summary>A row that carries a link's evidence as the parallel lists the statements store.</summary>
    public static Dictionary<string, object?> EvidenceRow(string paperId, IReadOnlyList<Evidence> evidence) =>
        new(StringComparer.Ordinal)
        {
            ["paperId"] = paperId,
            ["fields"] = evidence.Select(e => Neo4jGraphModel.Field(e.Field)).ToArray(),
            ["starts"] = evidence.Select(e => e.Start).ToArray(),
            ["ends"] = evidence.Select(e => e.End).ToArray(),
            ["texts"] = evidence.Select(e => e.Text).ToArray(),
        };

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
