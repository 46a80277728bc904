using Graph.Core.Domain;
using static Graph.Storage.Neo4j.Neo4jValues;

namespace Graph.Storage.Neo4j;

/// <summary>What is wrong with a write, and why: a node it needs is missing, a kind contradicts the graph, or a
/// parent would close a cycle of variants.</summary>
internal enum Neo4jProblemKind
{
    Missing,
    WrongKind,
    Cycle,
}

/// <summary>One problem a check found; its message names ids the caller gave, never other values.</summary>
internal sealed record Neo4jProblem(Neo4jProblemKind Kind, string Message);

/// <summary>
/// The stored kinds and VARIANT_OF ancestors of the terms a write refers to, read in the write's transaction
/// (<c>write/term-state</c>) before anything is written, and the checks the SQLite store makes with constraints:
/// a term keeps its kind, links and parents point at terms of the right kind that exist in the batch or the store,
/// and no term becomes its own ancestor. Neo4j's constraints are per label, so these checks are the store's job.
/// </summary>
internal sealed class Neo4jTermChecks
{
    private const int IdsPerStatement = 1_000;
    private readonly Dictionary<string, EntityKind> _kinds = new(StringComparer.Ordinal);
    private readonly Dictionary<string, IReadOnlyList<string>> _ancestors = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string?> _parents = new(StringComparer.Ordinal);

    private Neo4jTermChecks()
    {
    }

    /// <summary>Reads the stored state of the given terms (unknown ids are simply not stored).</summary>
    public static async Task<Neo4jTermChecks> LoadAsync(
        INeo4jRunner runner, IEnumerable<string> ids, CancellationToken cancellationToken)
    {
        var checks = new Neo4jTermChecks();
        foreach (var chunk in ids.Distinct(StringComparer.Ordinal).Chunk(IdsPerStatement))
        {
            var result = await runner.RunAsync(Neo4jCypher.Statement("write/term-state", ("ids", chunk)), cancellationToken);
            foreach (var record in result.Records)
            {
                var id = String(record["id"]);
                if (checks._kinds.ContainsKey(id))
                {
                    throw new InvalidDataException($"Term '{id}' is stored under more than one label.");
                }

                var ancestors = StringList(record["ancestors"]);
                checks._kinds[id] = Neo4jGraphModel.ParseKind(String(record["kind"]));
                checks._ancestors[id] = ancestors;

                // Each chain also tells the parent of every term on it.
                var child = id;
                foreach (var ancestor in ancestors)
                {
                    checks._parents[child] = ancestor;
                    child = ancestor;
                }

                checks._parents.TryAdd(child, null);
            }
        }

        return checks;
    }

    /// <summary>The kind a term is stored as, or null when it is not stored.</summary>
    public EntityKind? StoredKind(string id) => _kinds.TryGetValue(id, out var kind) ? kind : null;

    /// <summary>A stored term's parent, or null.</summary>
    public string? StoredParent(string id) => _parents.GetValueOrDefault(id);

    /// <summary>A stored term's ancestors, nearest first.</summary>
    public IReadOnlyList<string> StoredAncestors(string id) => _ancestors.GetValueOrDefault(id) ?? [];

    /// <summary>The first problem of a batch, checked as if its terms were written first, or null.</summary>
    public Neo4jProblem? Check(GraphBatch batch)
    {
        ArgumentNullException.ThrowIfNull(batch);
        var batchKinds = new Dictionary<string, EntityKind>(StringComparer.Ordinal);
        var batchParents = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (var entity in batch.Entities)
        {
            var known = batchKinds.TryGetValue(entity.Id, out var earlier) ? earlier : StoredKind(entity.Id);
            if (known is { } stored && stored != entity.Kind)
            {
                // Links carry the kind they were made with; changing it would leave them pointing the wrong way.
                return new(Neo4jProblemKind.WrongKind,
                    $"Term '{entity.Id}' is stored as a {Neo4jGraphModel.Noun(stored)} and cannot become a {Neo4jGraphModel.Noun(entity.Kind)}.");
            }

            batchKinds[entity.Id] = entity.Kind;
            batchParents[entity.Id] = entity.ParentId;
        }

        foreach (var entity in batch.Entities.Where(e => e.ParentId is not null))
        {
            var parentKind = batchKinds.TryGetValue(entity.ParentId!, out var inBatch) ? inBatch : StoredKind(entity.ParentId!);
            if (parentKind is null)
            {
                return new(Neo4jProblemKind.Missing,
                    $"Term '{entity.Id}' is a variant of '{entity.ParentId}', which is in neither the batch nor the store.");
            }

            if (parentKind != entity.Kind)
            {
                return new(Neo4jProblemKind.WrongKind, $"Term '{entity.Id}' is a variant of '{entity.ParentId}', a term of another kind.");
            }

            if (LeadsBackTo(entity.Id, entity.ParentId, id => batchParents.TryGetValue(id, out var p) ? p : StoredParent(id)))
            {
                return new(Neo4jProblemKind.Cycle, $"Making '{entity.Id}' a variant of '{entity.ParentId}' would close a cycle of variants.");
            }
        }

        foreach (var mention in batch.Papers.SelectMany(p => p.Mentions))
        {
            var kind = batchKinds.TryGetValue(mention.EntityId, out var inBatch) ? inBatch : StoredKind(mention.EntityId);
            if (kind is null)
            {
                return new(Neo4jProblemKind.Missing,
                    $"Paper '{mention.PaperId}' links to term '{mention.EntityId}', which is in neither the batch nor the store.");
            }

            if (kind != mention.Kind)
            {
                return new(Neo4jProblemKind.WrongKind,
                    $"Paper '{mention.PaperId}' links to term '{mention.EntityId}' as a {Neo4jGraphModel.Noun(mention.Kind)}, but it is a {Neo4jGraphModel.Noun(kind.Value)}.");
            }
        }

        return null;
    }

    /// <summary>The term ids a batch refers to: its terms, their parents and every linked term.</summary>
    public static IEnumerable<string> IdsOf(GraphBatch batch) =>
        batch.Entities.Select(e => e.Id)
            .Concat(batch.Entities.Select(e => e.ParentId).OfType<string>())
            .Concat(batch.Papers.SelectMany(p => p.Mentions).Select(m => m.EntityId));

    /// <summary>True when following parents from <paramref name="start"/> reaches <paramref name="id"/>.</summary>
    private static bool LeadsBackTo(string id, string? start, Func<string, string?> parentOf)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var current = start; current is not null; current = parentOf(current))
        {
            if (current == id)
            {
                return true;
            }

            if (!seen.Add(current))
            {
                return false;
            }
        }

        return false;
    }
}
