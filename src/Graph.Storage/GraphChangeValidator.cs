using Graph.Core;
using Graph.Core.Curation;
using Graph.Core.Domain;

namespace Graph.Storage;

/// <summary>
/// Checks a change and its context for the mistakes that can be seen without a database, before a backend
/// opens a transaction: blank ids, missing lists, links that name another paper or term, a term merged into
/// itself. What needs the graph (missing nodes, kinds, stale text) the backend checks inside the transaction.
/// </summary>
internal static class GraphChangeValidator
{
    /// <exception cref="GraphQueryException">The change is not valid (<see cref="ErrorCodes.InvalidArgument"/>).</exception>
    /// <exception cref="ArgumentException">The change is of a type this build does not know.</exception>
    public static void Validate(GraphChange change, ChangeContext context)
    {
        ArgumentNullException.ThrowIfNull(change);
        ArgumentNullException.ThrowIfNull(context);
        Require(!string.IsNullOrWhiteSpace(context.Actor), "A change needs the name of who makes it.");
        Require(context.Summary is not null, "A change needs a summary (it may be empty).");
        switch (change)
        {
            case AddPaper add:
                GraphBatchValidator.ValidatePaper(add.Paper);
                break;
            case UpdatePaper update:
                GraphBatchValidator.ValidatePaper(update.Updated);
                Require(
                    update.ExpectedTitle is not null && update.ExpectedAbstract is not null,
                    "An update needs the title and abstract it was computed from.");
                break;
            case RemovePaper remove:
                RequireId(remove.PaperId, "paper");
                break;
            case LinkPaper link:
                ValidateLink(link.Mention);
                break;
            case UnlinkPaper unlink:
                RequireId(unlink.PaperId, "paper");
                RequireId(unlink.EntityId, "term");
                break;
            case UpsertTerm upsert:
                ValidateUpsert(upsert);
                break;
            case MergeTerms merge:
                RequireId(merge.SurvivorId, "surviving term");
                RequireId(merge.MergedId, "merged term");
                Require(merge.SurvivorId != merge.MergedId, $"Term '{merge.MergedId}' cannot be merged into itself.");
                break;
            default:
                throw new ArgumentException($"Unknown change type '{change.GetType().Name}'.", nameof(change));
        }
    }

    private static void ValidateLink(Mention? mention)
    {
        Require(mention is not null, "A link needs its paper and term.");
        RequireId(mention!.PaperId, "paper");
        RequireId(mention.EntityId, "term");
        Require(
            mention.Evidence is not null && mention.Evidence.All(span => span is not null),
            $"The link from '{mention.PaperId}' to '{mention.EntityId}' needs an evidence list (it may be empty).");
    }

    private static void ValidateUpsert(UpsertTerm upsert)
    {
        GraphBatchValidator.ValidateEntity(upsert.Term);
        Require(upsert.NewLinks is not null, $"Term '{upsert.Term.Id}' needs a list of new links (it may be empty).");
        var papers = new HashSet<string>(StringComparer.Ordinal);
        foreach (var link in upsert.NewLinks!)
        {
            ValidateLink(link);
            Require(
                link.EntityId == upsert.Term.Id && link.Kind == upsert.Term.Kind,
                $"A new link of term '{upsert.Term.Id}' points at '{link.EntityId}' as a {link.Kind}.");
            Require(papers.Add(link.PaperId), $"Paper '{link.PaperId}' is linked to term '{upsert.Term.Id}' twice.");
        }
    }

    private static void RequireId(string? id, string what) =>
        Require(!string.IsNullOrWhiteSpace(id), $"The id of the {what} is empty.");

    private static void Require(bool condition, string message)
    {
        if (!condition)
        {
            throw ChangeErrors.Invalid(message);
        }
    }
}
