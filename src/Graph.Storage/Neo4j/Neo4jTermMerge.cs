using Graph.Core.Curation;
using Graph.Core.Domain;
using static Graph.Storage.Neo4j.Neo4jValues;

namespace Graph.Storage.Neo4j;

/// <summary>
/// Merges one term into another inside the change's transaction, with the SQLite store's semantics
/// (<see cref="TermMerge"/>): papers linked to both keep one link with the spans of both, curated when either was;
/// the merged term's variants become the survivor's; names become aliases, each once; the description is kept or
/// taken over; the merged term's rejected links become the survivor's, less those of papers linked to it.
/// </summary>
internal static class Neo4jTermMerge
{
    public static async Task MergeAsync(INeo4jRunner transaction, MergeTerms change, CancellationToken cancellationToken)
    {
        var checks = await Neo4jTermChecks.LoadAsync(transaction, [change.SurvivorId, change.MergedId], cancellationToken);
        var terms = (await Neo4jLookups.GetEntitiesAsync(transaction, [change.SurvivorId, change.MergedId], cancellationToken))
            .ToDictionary(t => t.Id, StringComparer.Ordinal);
        var survivor = terms.GetValueOrDefault(change.SurvivorId) ?? throw ChangeErrors.TermNotFound(change.SurvivorId);
        var merged = terms.GetValueOrDefault(change.MergedId) ?? throw ChangeErrors.TermNotFound(change.MergedId);
        if (survivor.Kind != merged.Kind)
        {
            throw ChangeErrors.KindsDiffer(survivor, merged);
        }

        // The survivor keeps its parent, unless that leads up to the merged term: then it takes the merged term's
        // place and parent (otherwise the variants it inherits would become its ancestors).
        var parentId = checks.StoredAncestors(survivor.Id).Contains(merged.Id) ? merged.ParentId : survivor.ParentId;
        var variants = (await Neo4jLookups.GetVariantsAsync(transaction, [merged.Id], cancellationToken))
            .Select(v => v.Id)
            .Where(id => id != survivor.Id)
            .ToList();
        RequireNoCycle(checks, survivor, merged, parentId, variants);

        var fills = Neo4jCypher.KindFills(survivor.Kind);
        await CombineSharedLinksAsync(transaction, survivor, merged, fills, cancellationToken);
        await transaction.RunAsync(
            Neo4jCypher.Template("curation/merge-term-links", fills, ("survivorId", survivor.Id), ("mergedId", merged.Id)),
            cancellationToken);

        // Before the merged term is deleted, which would take its rejections with it.
        await transaction.RunAsync(
            Neo4jCypher.Template("curation/merge-term-rejections", fills, ("survivorId", survivor.Id), ("mergedId", merged.Id)),
            cancellationToken);
        await ReparentAsync(transaction, survivor, variants, cancellationToken);
        await transaction.RunAsync(
            Neo4jCypher.Template("curation/delete-term", [("__LABEL__", Neo4jGraphModel.Label(merged.Kind))], ("id", merged.Id)),
            cancellationToken);

        var combined = survivor with
        {
            Aliases = TermMerge.Aliases(survivor, merged),
            ParentId = parentId,
            Description = survivor.Description ?? merged.Description,
        };
        await Neo4jGraphWriter.RunAsync(transaction, new GraphBatch([combined], []), cancellationToken);
    }

    /// <summary>
    /// The papers linked to both terms keep one link to the survivor: the spans of both, each once, in order
    /// (<see cref="TermMerge.Evidence"/>), curated when either link was.
    /// </summary>
    private static async Task CombineSharedLinksAsync(
        INeo4jRunner transaction, Entity survivor, Entity merged, (string, string)[] fills, CancellationToken cancellationToken)
    {
        var shared = await transaction.RunAsync(
            Neo4jCypher.Template("curation/shared-term-papers", fills, ("survivorId", survivor.Id), ("mergedId", merged.Id)),
            cancellationToken);
        var paperIds = shared.Records.Select(r => String(r["paperId"])).ToList();
        if (paperIds.Count == 0)
        {
            return;
        }

        var links = (await Neo4jLookups.GetMentionsAsync(transaction, paperIds, survivor.Kind, cancellationToken))
            .ToDictionary(m => (m.PaperId, m.EntityId));
        var rows = new List<IReadOnlyDictionary<string, object?>>(paperIds.Count);
        foreach (var paperId in paperIds)
        {
            var kept = links[(paperId, survivor.Id)];
            var dropped = links[(paperId, merged.Id)];
            var row = Neo4jGraphWriter.EvidenceRow(paperId, TermMerge.Evidence(kept.Evidence, dropped.Evidence));
            row["curated"] = kept.Curated || dropped.Curated;
            rows.Add(row);
        }

        await transaction.RunAsync(
            Neo4jCypher.Template(
                "curation/combine-term-links", fills, ("survivorId", survivor.Id), ("mergedId", merged.Id), ("rows", rows)),
            cancellationToken);
    }

    /// <summary>
    /// Safe by construction (the survivor takes the merged term's place in the hierarchy); checked all the same, as
    /// on SQLite, since a cycle of variants would make every walk up the hierarchy loop.
    /// </summary>
    private static void RequireNoCycle(
        Neo4jTermChecks checks, Entity survivor, Entity merged, string? parentId, List<string> variants)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal) { survivor.Id };
        for (var id = parentId; id is not null; id = checks.StoredParent(id))
        {
            if (id == merged.Id || variants.Contains(id) || !seen.Add(id))
            {
                throw ChangeErrors.Invalid($"Making '{survivor.Id}' a variant of '{parentId}' would close a cycle of variants.");
            }
        }
    }

    /// <summary>Makes the merged term's variants (but the survivor) variants of the survivor.</summary>
    private static async Task ReparentAsync(
        INeo4jRunner transaction, Entity survivor, List<string> variants, CancellationToken cancellationToken)
    {
        if (variants.Count == 0)
        {
            return;
        }

        var rows = variants
            .Select(id => (IReadOnlyDictionary<string, object?>)new Dictionary<string, object?>(StringComparer.Ordinal)
            {
                ["id"] = id,
                ["parentId"] = survivor.Id,
            })
            .ToList();
        await transaction.RunAsync(
            Neo4jCypher.Template("ingest/merge-variants", [("__LABEL__", Neo4jGraphModel.Label(survivor.Kind))], ("rows", rows)),
            cancellationToken);
    }
}
