using Graph.Core;
using Graph.Core.Domain;

namespace Graph.Storage;

/// <summary>
/// Checks a batch for the mistakes that can be seen without a database, before a backend starts writing: blank
/// ids and names, links filed under the wrong paper, a term linked twice from one paper, a term its own variant.
/// </summary>
/// <remarks>Links to terms that exist nowhere are found by the backend inside the write, which then rolls back.</remarks>
internal static class GraphBatchValidator
{
    /// <exception cref="GraphQueryException">The batch is not valid (<see cref="ErrorCodes.InvalidArgument"/>).</exception>
    public static void Validate(GraphBatch batch)
    {
        ArgumentNullException.ThrowIfNull(batch);
        Require(batch.Entities is not null && batch.Papers is not null, "A batch needs lists of terms and papers.");
        foreach (var entity in batch.Entities!)
        {
            ValidateEntity(entity);
        }

        foreach (var graph in batch.Papers!)
        {
            ValidatePaper(graph);
        }
    }

    /// <summary>Checks one term: an id, a name, an alias list, not its own variant.</summary>
    /// <exception cref="GraphQueryException">The term is not valid (<see cref="ErrorCodes.InvalidArgument"/>).</exception>
    public static void ValidateEntity(Entity? entity)
    {
        Require(entity is not null, "A null term was given.");
        Require(!string.IsNullOrWhiteSpace(entity!.Id), "A term has an empty id.");
        Require(!string.IsNullOrWhiteSpace(entity.Name), $"Term '{entity.Id}' has an empty name.");
        Require(entity.Aliases is not null, $"Term '{entity.Id}' has no alias list.");
        Require(entity.ParentId != entity.Id, $"Term '{entity.Id}' cannot be a variant of itself.");
    }

    /// <summary>Checks one paper with its links and candidates, as a batch or a change carries it.</summary>
    /// <exception cref="GraphQueryException">The paper is not valid (<see cref="ErrorCodes.InvalidArgument"/>).</exception>
    public static void ValidatePaper(PaperGraph? graph)
    {
        Require(graph?.Paper is not null, "A paper was given without its record.");
        var paper = graph!.Paper;
        Require(!string.IsNullOrWhiteSpace(paper.Id), "A paper has an empty id.");
        Require(!string.IsNullOrWhiteSpace(paper.Title), $"Paper '{paper.Id}' has an empty title.");
        Require(paper.Abstract is not null, $"Paper '{paper.Id}' has no abstract (use an empty one).");
        Require(paper.Authors is not null, $"Paper '{paper.Id}' has no author list.");
        Require(
            paper.Organization is null || !string.IsNullOrWhiteSpace(paper.Organization),
            $"Paper '{paper.Id}' names an empty organization.");
        Require(
            paper.Authors!.All(name => !string.IsNullOrWhiteSpace(name)),
            $"Paper '{paper.Id}' lists an author with an empty name.");
        Require(graph.Mentions is not null && graph.Candidates is not null, $"Paper '{paper.Id}' has no link lists.");

        var linked = new HashSet<string>(StringComparer.Ordinal);
        foreach (var mention in graph.Mentions!)
        {
            Require(mention is not null && mention.Evidence is not null, $"Paper '{paper.Id}' has an incomplete link.");
            Require(mention!.PaperId == paper.Id, $"A link of paper '{paper.Id}' names paper '{mention.PaperId}'.");
            Require(linked.Add(mention.EntityId), $"Paper '{paper.Id}' links to term '{mention.EntityId}' twice.");
        }

        foreach (var candidate in graph.Candidates!)
        {
            Require(candidate?.Evidence is not null, $"Paper '{paper.Id}' has a candidate without evidence.");
            Require(candidate!.PaperId == paper.Id, $"A candidate of paper '{paper.Id}' names paper '{candidate.PaperId}'.");
        }
    }

    private static void Require(bool condition, string message)
    {
        if (!condition)
        {
            throw new GraphQueryException(ErrorCodes.InvalidArgument, message);
        }
    }
}
