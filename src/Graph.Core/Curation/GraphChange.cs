using Graph.Core.Domain;

namespace Graph.Core.Curation;

/// <summary>
/// One change a curator or a service makes to the graph. A store applies each atomically, together with its
/// <see cref="ChangeRecord"/> in the audit trail, or not at all.
/// </summary>
public abstract record GraphChange
{
    /// <summary>The name of the operation, as the audit trail records it (<c>linkPaper</c>).</summary>
    public abstract string Operation { get; }

    /// <summary>The ids of the nodes the change touches, as the audit trail records them.</summary>
    public abstract IReadOnlyList<string> Targets { get; }
}

/// <summary>
/// Adds a paper with its extracted links and candidates, or replaces it when it exists (its curated links are
/// kept and the links a curator rejected are not written, as <see cref="Storage.IGraphStore.WriteAsync"/> does). A
/// link to a term that does not exist is <c>NOT_FOUND</c>.
/// </summary>
public sealed record AddPaper(PaperGraph Paper) : GraphChange
{
    public override string Operation => "addPaper";

    public override IReadOnlyList<string> Targets => [Paper.Paper.Id];
}

/// <summary>
/// Replaces a paper's metadata, extracted links and candidates with <see cref="Updated"/> (re-extracted from its
/// new text); curated links stay, and links a curator rejected (<see cref="UnlinkPaper"/>) stay away. The store first checks that the paper's title and abstract are still
/// <see cref="ExpectedTitle"/> and <see cref="ExpectedAbstract"/>, the text the caller read, so a concurrent
/// edit is a conflict (<c>CONFLICT</c>) rather than a lost update. A paper that does not exist, or a link to a
/// term that does not exist, is <c>NOT_FOUND</c>.
/// </summary>
public sealed record UpdatePaper(PaperGraph Updated, string ExpectedTitle, string ExpectedAbstract) : GraphChange
{
    public override string Operation => "updatePaper";

    public override IReadOnlyList<string> Targets => [Updated.Paper.Id];
}

/// <summary>
/// Removes a paper and all its relationships (links curated or not, with their evidence, authorship,
/// publisher), its candidates and its rejected links; organizations and authors left without papers go too, and a
/// paper added again under the same id is extracted afresh. <c>NOT_FOUND</c> when
/// the paper does not exist.
/// </summary>
public sealed record RemovePaper(string PaperId) : GraphChange
{
    public override string Operation => "removePaper";

    public override IReadOnlyList<string> Targets => [PaperId];
}

/// <summary>
/// Adds one curated link between a paper and a term, or replaces the link between them (curated or not), with
/// its evidence (which may be empty); a rejection of the link (<see cref="UnlinkPaper"/>) is lifted. Both must exist (<c>NOT_FOUND</c>); <see cref="Mention.Kind"/> must be the
/// term's kind and every span of evidence must be the paper's current text at its offsets (<c>INVALID_ARGUMENT</c>).
/// </summary>
public sealed record LinkPaper(Mention Mention) : GraphChange
{
    public override string Operation => "linkPaper";

    public override IReadOnlyList<string> Targets => [Mention.PaperId, Mention.EntityId];
}

/// <summary>
/// Removes the link between a paper and a term, whether extracted or curated, and records the link as rejected:
/// extraction never writes it again (re-ingestion, <see cref="AddPaper"/>, <see cref="UpdatePaper"/>, the new links
/// of <see cref="UpsertTerm"/>), until a <see cref="LinkPaper"/> of the two makes it a curated link.
/// <c>NOT_FOUND</c> when there is no link. Rejections are bookkeeping, not relationships: no read of the graph
/// shows them; the change's audit record is their trace.
/// </summary>
public sealed record UnlinkPaper(string PaperId, string EntityId) : GraphChange
{
    public override string Operation => "unlinkPaper";

    public override IReadOnlyList<string> Targets => [PaperId, EntityId];
}

/// <summary>
/// Adds a term or replaces its names, parent and description (its kind cannot change); <see cref="NewLinks"/> are
/// links to it found by re-reading existing papers (<c>relink: true</c>), added as extracted links: each replaces
/// an extracted link of its paper to the term, never a curated one, and a link a curator rejected is not written.
/// </summary>
/// <remarks>
/// The parent must exist (<c>NOT_FOUND</c>), be of the same kind and not be a variant of the term
/// (<c>INVALID_ARGUMENT</c>). Every new link must name this term with its kind and a different paper
/// (<c>INVALID_ARGUMENT</c>); a paper that no longer exists is <c>NOT_FOUND</c> and nothing is written, since the
/// links were computed from a graph that has changed.
/// </remarks>
public sealed record UpsertTerm(Entity Term, IReadOnlyList<Mention> NewLinks) : GraphChange
{
    public override string Operation => "upsertTerm";

    public override IReadOnlyList<string> Targets => [Term.Id];
}

/// <summary>
/// Merges <see cref="MergedId"/> into <see cref="SurvivorId"/> (two names of one thing): every relationship moves
/// to the survivor, the merged term's name and aliases become survivor aliases, and the merged term is removed.
/// </summary>
/// <remarks>
/// Both terms must exist (<c>NOT_FOUND</c>), differ and be of one kind (<c>INVALID_ARGUMENT</c>). A paper linked
/// to both keeps one link to the survivor with the evidence of both, curated when either link was. The merged
/// term's variants become the survivor's; if the survivor was itself a variant (at any depth) of the merged term,
/// it takes the merged term's parent. New aliases are appended, each name once ignoring case, so name lookups
/// find the survivor by the merged name. The survivor keeps its description, or takes the merged term's when it
/// has none. A link beats a rejection (<see cref="UnlinkPaper"/>): a rejection, of either term, of a paper linked to
/// the survivor after the merge is dropped; the merged term's other rejections become the survivor's.
/// </remarks>
public sealed record MergeTerms(string SurvivorId, string MergedId) : GraphChange
{
    public override string Operation => "mergeTerms";

    public override IReadOnlyList<string> Targets => [SurvivorId, MergedId];
}
