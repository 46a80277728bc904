using System.Globalization;
using Graph.Core.Domain;

namespace Graph.Storage.Cypher;

/// <summary>
/// Turns a batch into the ingest statements of <c>cypher/ingest/</c> with their rows, in dependency order:
/// terms, variants, papers (which clear their old extracted links and candidates), links, organizations, authors,
/// then candidates. Labels and relationship types are filled in from fixed lists, never from data. The Cypher
/// export and the Neo4j store both write through this plan.
/// </summary>
public static class CypherIngestPlan
{
    /// <summary>Rows per statement: large enough to amortize a round trip, small enough for one request.</summary>
    public const int RowsPerStatement = 1_000;

    /// <summary>The statements that write <paramref name="batch"/>.</summary>
    public static IEnumerable<CypherStatement> For(GraphBatch batch)
    {
        ArgumentNullException.ThrowIfNull(batch);
        foreach (var kind in Enum.GetValues<EntityKind>())
        {
            var rows = batch.Entities.Where(e => e.Kind == kind).Select(EntityRow);
            foreach (var statement in Chunk("ingest/merge-entities", rows, Label(kind), null))
            {
                yield return statement;
            }
        }

        // Every term gets a row, parent or not: writing a term replaces its parent, so one without a parent loses it.
        foreach (var kind in Enum.GetValues<EntityKind>())
        {
            var variants = batch.Entities.Where(e => e.Kind == kind).Select(e => Row(("id", e.Id), ("parentId", e.ParentId)));
            foreach (var statement in Chunk("ingest/merge-variants", variants, Label(kind), null))
            {
                yield return statement;
            }
        }

        foreach (var statement in Chunk("ingest/merge-papers", batch.Papers.Select(g => PaperRow(g.Paper)), null, null))
        {
            yield return statement;
        }

        foreach (var statement in ForMentions(batch.Papers.SelectMany(g => g.Mentions)))
        {
            yield return statement;
        }

        var organizations = batch.Papers.Where(g => g.Paper.Organization is not null).Select(g => Row(
            ("paperId", g.Paper.Id), ("id", GraphIds.ForOrganization(g.Paper.Organization!)), ("name", g.Paper.Organization)));
        foreach (var statement in Chunk("ingest/merge-organizations", organizations, null, null))
        {
            yield return statement;
        }

        var authors = batch.Papers.SelectMany(g => g.Paper.Authors.Select((name, i) => Row(
            ("paperId", g.Paper.Id), ("id", GraphIds.ForAuthor(name)), ("name", name), ("position", i))));
        foreach (var statement in Chunk("ingest/merge-authors", authors, null, null))
        {
            yield return statement;
        }

        var candidates = batch.Papers.SelectMany(g => g.Candidates.Select(CandidateRow));
        foreach (var statement in Chunk("ingest/merge-candidates", candidates, null, null))
        {
            yield return statement;
        }
    }

    /// <summary>
    /// The statements that write links between stored papers and terms (<c>ingest/merge-mentions</c>), one kind at a
    /// time: a link already there is replaced unless it is curated and the new one is not.
    /// </summary>
    public static IEnumerable<CypherStatement> ForMentions(IEnumerable<Mention> mentions)
    {
        ArgumentNullException.ThrowIfNull(mentions);
        var byKind = mentions.ToLookup(m => m.Kind);
        foreach (var kind in Enum.GetValues<EntityKind>())
        {
            foreach (var statement in Chunk(
                         "ingest/merge-mentions", byKind[kind].Select(MentionRow), Label(kind), RelationshipType.ForMention(kind)))
            {
                yield return statement;
            }
        }
    }

    /// <summary>The node label of a term kind.</summary>
    public static string Label(EntityKind kind) => kind.ToString();

    private static IEnumerable<CypherStatement> Chunk(
        string name, IEnumerable<IReadOnlyDictionary<string, object?>> rows, string? label, string? type)
    {
        var text = CypherCatalog.Get(name);
        if (label is not null)
        {
            text = text.Replace("__LABEL__", label, StringComparison.Ordinal);
        }

        if (type is not null)
        {
            text = text.Replace("__TYPE__", type, StringComparison.Ordinal);
        }

        foreach (var chunk in rows.Chunk(RowsPerStatement))
        {
            yield return new CypherStatement(name, text, chunk);
        }
    }

    private static Dictionary<string, object?> EntityRow(Entity entity) => Row(
        ("id", entity.Id), ("name", entity.Name), ("aliases", entity.Aliases.ToArray()), ("description", entity.Description));

    private static Dictionary<string, object?> PaperRow(Paper paper) => Row(
        ("id", paper.Id),
        ("title", paper.Title),
        ("abstract", paper.Abstract),
        ("publishedOn", paper.PublishedOn?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
        ("authorCount", paper.AuthorCount),
        ("upvotes", paper.Upvotes),
        ("arxivId", paper.ArxivId),
        ("organization", paper.Organization));

    private static Dictionary<string, object?> MentionRow(Mention mention) => Row(
        ("paperId", mention.PaperId),
        ("entityId", mention.EntityId),
        ("fields", mention.Evidence.Select(e => e.Field.ToString().ToLowerInvariant()).ToArray()),
        ("starts", mention.Evidence.Select(e => e.Start).ToArray()),
        ("ends", mention.Evidence.Select(e => e.End).ToArray()),
        ("texts", mention.Evidence.Select(e => e.Text).ToArray()),
        ("curated", mention.Curated));

    private static Dictionary<string, object?> CandidateRow(CandidateTerm candidate, int ordinal) => Row(
        ("paperId", candidate.PaperId),
        ("ordinal", ordinal),
        ("name", candidate.Name),
        ("abbreviation", candidate.Abbreviation),
        ("suggestedKind", candidate.SuggestedKind is { } kind ? Label(kind) : null),
        ("confidence", candidate.Confidence),
        ("pattern", candidate.Pattern),
        ("field", candidate.Evidence.Field.ToString().ToLowerInvariant()),
        ("startOffset", candidate.Evidence.Start),
        ("endOffset", candidate.Evidence.End),
        ("text", candidate.Evidence.Text));

    private static Dictionary<string, object?> Row(params (string Key, object? Value)[] values) =>
        values.ToDictionary(v => v.Key, v => v.Value, StringComparer.Ordinal);
}
