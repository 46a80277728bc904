using Graph.Core.Domain;
using Graph.Core.Storage;

namespace Graph.Cli.Infrastructure;

/// <summary>
/// Copies one store into another through the port: every term (parents before their variants, so each batch finds
/// the parents it names), then every paper with its links and candidates, a batch per <see cref="IGraphStore.WriteAsync"/>
/// transaction. Links keep their curated flag, so the copy's curated links survive its later re-ingestion. The
/// audit trail is not copied: the port has no way to write a record other than by making its change.
/// </summary>
internal sealed class StoreCopy(IGraphStore source, IGraphStore target, int batchSize)
{
    /// <summary>What was copied.</summary>
    public sealed record Result(int Papers, int Terms, IReadOnlyDictionary<EntityKind, int> LinksByKind, int CuratedLinks);

    /// <summary>Copies; <paramref name="progress"/> receives the number of papers written so far.</summary>
    public async Task<Result> RunAsync(IProgress<int>? progress, CancellationToken cancellationToken)
    {
        var terms = ParentsFirst(await source.GetAllEntitiesAsync(cancellationToken));
        foreach (var chunk in terms.Chunk(batchSize))
        {
            await target.WriteAsync(new GraphBatch(chunk, []), cancellationToken: cancellationToken);
        }

        var links = Enum.GetValues<EntityKind>().ToDictionary(kind => kind, _ => 0);
        var curated = 0;
        var written = 0;
        var pending = new List<PaperGraph>(batchSize);
        await foreach (var paper in source.ReadAllPapersAsync(cancellationToken))
        {
            pending.Add(paper);
            foreach (var mention in paper.Mentions)
            {
                links[mention.Kind]++;
                curated += mention.Curated ? 1 : 0;
            }

            if (pending.Count == batchSize)
            {
                written = await WriteAsync(pending, written, progress, cancellationToken);
            }
        }

        written = await WriteAsync(pending, written, progress, cancellationToken);
        return new Result(written, terms.Count, links, curated);
    }

    private async Task<int> WriteAsync(
        List<PaperGraph> papers, int before, IProgress<int>? progress, CancellationToken cancellationToken)
    {
        if (papers.Count == 0)
        {
            return before;
        }

        var batch = new GraphBatch([], papers.ToList());
        await target.WriteAsync(
            batch, progress is null ? null : new SynchronousProgress<int>(done => progress.Report(before + done)), cancellationToken);
        papers.Clear();
        return before + batch.Papers.Count;
    }

    /// <summary>The terms ordered by depth in the hierarchy (roots first), then by id.</summary>
    internal static List<Entity> ParentsFirst(IReadOnlyList<Entity> terms)
    {
        var parents = terms.ToDictionary(t => t.Id, t => t.ParentId, StringComparer.Ordinal);
        var depths = new Dictionary<string, int>(StringComparer.Ordinal);
        int Depth(string id)
        {
            if (depths.TryGetValue(id, out var known))
            {
                return known;
            }

            // A store refuses cycles of variants; the bound only keeps a corrupt one from looping here.
            var depth = 0;
            for (var parent = parents.GetValueOrDefault(id); parent is not null && depth <= terms.Count; parent = parents.GetValueOrDefault(parent))
            {
                depth++;
            }

            depths[id] = depth;
            return depth;
        }

        return terms.OrderBy(t => Depth(t.Id)).ThenBy(t => t.Id, StringComparer.Ordinal).ToList();
    }
}
