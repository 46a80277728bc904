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

/// <summary>Adds a paper with its extracted links, or replaces it when it exists (its curated links are kept).</summary>
public sealed record AddPaper(PaperGraph Paper) : GraphChange
{
    public override string Operation => "addPaper";

    public override IReadOnlyList<string> Targets => [Paper.Paper.Id];
}

/// <summary>
/// Replaces a paper's metadata, extracted links and candidates with <see cref="Updated"/> (re-extracted from its
/// new text); curated links stay. The store first checks that the paper's title and abstract are still
/// <see cref="ExpectedTitle"/> and <see cref="ExpectedAbstract"/>, the text the caller read, so a concurrent
/// edit is a conflict rather than a lost update.
/// </summary>
public sealed record UpdatePaper(PaperGraph Updated, string ExpectedTitle, string ExpectedAbstract) : GraphChange
{
    public override string Operation => "updatePaper";

    public override IReadOnlyList<string> Targets => [Updated.Paper.Id];
}

/// <summary>Removes a paper and all its relationships.</summary>
public sealed record RemovePaper(string PaperId) : GraphChange
{
    public override string Operation => "removePaper";

    public override IReadOnlyList<string> Targets => [PaperId];
}

/// <summary>Adds (or replaces) one curated link between a paper and a term, with optional evidence.</summary>
public sealed record LinkPaper(Mention Mention) : GraphChange
{
    public override string Operation => "linkPaper";

    public override IReadOnlyList<string> Targets => [Mention.PaperId, Mention.EntityId];
}

/// <summary>Removes the link between a paper and a term, whether extracted or curated.</summary>
public sealed record UnlinkPaper(string PaperId, string EntityId) : GraphChange
{
    public override string Operation => "unlinkPaper";

    public override IReadOnlyList<string> Targets => [PaperId, EntityId];
}

/// <summary>
/// Adds a term or replaces its names, parent and description; <see cref="NewLinks"/> are links to it found by
/// re-reading existing papers (<c>relink: true</c>), added as extracted links.
/// </summary>
public sealed record UpsertTerm(Entity Term, IReadOnlyList<Mention> NewLinks) : GraphChange
{
    public override string Operation => "upsertTerm";

    public override IReadOnlyList<string> Targets => [Term.Id];
}

/// <summary>
/// Merges <see cref="MergedId"/> into <see cref="SurvivorId"/> (two names of one thing): every relationship moves
/// to the survivor, the merged term's name and aliases become survivor aliases, and the merged term is removed.
/// </summary>
public sealed record MergeTerms(string SurvivorId, string MergedId) : GraphChange
{
    public override string Operation => "mergeTerms";

    public override IReadOnlyList<string> Targets => [SurvivorId, MergedId];
}
