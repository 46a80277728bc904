using Graph.Core;
using Graph.Core.Curation;
using Graph.Core.Domain;
using Graph.Core.Querying;
using static Graph.Storage.Tests.ContractFixtureGraph;

namespace Graph.Storage.Tests;

/// <summary>
/// Changes to papers (add, update, remove), plus the helpers every curation test shares. Links and terms are in
/// the <c>CurationLinks</c> and <c>CurationTerms</c> parts, curated links meeting re-ingestion in
/// <c>CuratedReingestion</c>, the audit trail in <c>AuditTrail</c>.
/// </summary>
public abstract partial class GraphStoreContractTests
{
    protected const string CuratorName = "ada@example.org";

    protected static readonly DateTimeOffset ChangedAt = new(2026, 3, 2, 9, 30, 0, TimeSpan.Zero);

    protected static ChangeContext Curator(string summary = "curated by hand") => new(CuratorName, ChangedAt, summary);

    protected Task<ChangeRecord> ApplyAsync(GraphChange change) => Store.ApplyAsync(change, Curator(), Ct);

    /// <summary>The whole audit trail (of one node when given), newest first, read a page at a time.</summary>
    protected async Task<List<ChangeRecord>> TrailAsync(string? nodeId = null)
    {
        var records = new List<ChangeRecord>();
        string? after = null;
        while (true)
        {
            var page = await Store.GetChangesAsync(nodeId, new PageRequest(First: 7, After: after), Ct);
            records.AddRange(page.Edges.Select(e => e.Node));
            if (!page.HasNextPage)
            {
                return records;
            }

            after = page.EndCursor;
        }
    }

    /// <summary>Applies a change that must be refused with <paramref name="code"/>; nothing may have moved.</summary>
    protected async Task AssertRefusedAsync(string code, GraphChange change, ChangeContext? context = null)
    {
        var before = await SnapshotAsync(Store);

        var error = await Assert.ThrowsAnyAsync<Exception>(() => Store.ApplyAsync(change, context ?? Curator(), Ct));

        // NOT_FOUND and CONFLICT come as curation conflicts, malformed input as query errors.
        var actual = error switch
        {
            CurationConflictException conflict when code is ErrorCodes.NotFound or ErrorCodes.Conflict => conflict.Code,
            GraphQueryException query when code is not (ErrorCodes.NotFound or ErrorCodes.Conflict) => query.Code,
            _ => $"{error.GetType().Name}: {error.Message}",
        };
        Assert.Equal(code, actual);
        Assert.Equal(before, await SnapshotAsync(Store));
    }

    /// <summary>The evidence for the first occurrence of <paramref name="text"/> in a field of a fixture paper.</summary>
    protected static Evidence Span(string paperId, TextField field, string text)
    {
        var paper = Paper(paperId).Paper;
        return At(field == TextField.Title ? paper.Title : paper.Abstract, field, text);
    }

    /// <summary>The evidence for the first occurrence of <paramref name="text"/> in <paramref name="fieldText"/>.</summary>
    protected static Evidence At(string fieldText, TextField field, string text)
    {
        var start = fieldText.IndexOf(text, StringComparison.Ordinal);
        Assert.True(start >= 0, $"'{text}' is not in '{fieldText}'.");
        return new Evidence(field, start, start + text.Length, text);
    }

    /// <summary>An extracted link; its kind is read from the term id's prefix.</summary>
    protected static Mention Link(string paperId, string entityId, params Evidence[] evidence) =>
        new(paperId, entityId, Enum.Parse<EntityKind>(entityId[..entityId.IndexOf(':', StringComparison.Ordinal)], ignoreCase: true), evidence);

    /// <summary>A fixture paper's extracted link to a term, as the fixture wrote it.</summary>
    protected static Mention FixtureLink(string paperId, string entityId) =>
        Paper(paperId).Mentions.Single(m => m.EntityId == entityId);

    protected async Task<string> MentionsJsonAsync(string paperId) =>
        Json(await Store.GetMentionsAsync([paperId], cancellationToken: Ct));

    protected static string SortedJson(IEnumerable<Mention> mentions) =>
        Json(mentions.OrderBy(m => m.EntityId, StringComparer.Ordinal).ToList());

    protected async Task<PaperGraph?> GraphOfAsync(string paperId)
    {
        await foreach (var graph in Store.ReadAllPapersAsync(Ct))
        {
            if (graph.Paper.Id == paperId)
            {
                return graph;
            }
        }

        return null;
    }

    [Fact]
    public async Task ApplyAsync_AddPaper_WritesThePaperItsLinksAndOneRecord()
    {
        const string id = "arxiv:2501.00100";
        var paper = new Paper(
            id, "Sparse LoRA for Llama", "We prune LoRA adapters of Llama.", new DateOnly(2025, 1, 20), 2, 7,
            "2501.00100", "Globex Research", ["Ada Lovelace", "Niklaus Wirth"]);
        var graph = new PaperGraph(
            paper,
            [
                Link(id, Llama, At(paper.Title, TextField.Title, "Llama"), At(paper.Abstract, TextField.Abstract, "Llama")),
                Link(id, Lora, At(paper.Title, TextField.Title, "LoRA"), At(paper.Abstract, TextField.Abstract, "LoRA")),
            ],
            [new CandidateTerm("Sparse LoRA", null, EntityKind.Method, 0.5, "noun-phrase", id, At(paper.Title, TextField.Title, "Sparse LoRA"))]);

        var record = await Store.ApplyAsync(new AddPaper(graph), Curator("add a paper"), Ct);

        Assert.True(record.Sequence > 0);
        Assert.Equal(Json(new ChangeRecord(record.Sequence, ChangedAt, CuratorName, "addPaper", [id], "add a paper")), Json(record));
        Assert.Equal(Json(new[] { record }), Json(await TrailAsync()));
        Assert.Equal(Json(Normalized(graph)), Json(await GraphOfAsync(id)));
        var counts = await Store.CountPapersAsync([Lora, Llama], Ct);
        Assert.Equal(5, counts[Lora]);
        Assert.Equal(5, counts[Llama]);
        var stats = await Store.GetStatsAsync(Ct);
        Assert.Equal(13, stats.NodesByLabel[nameof(NodeLabel.Paper)]);
        Assert.Equal(7, stats.NodesByLabel[nameof(NodeLabel.Author)]);
        Assert.Equal(2, stats.NodesByLabel[nameof(NodeLabel.Organization)]);
        Assert.Equal(9, stats.RelationshipsByType[RelationshipType.UsesMethod]);
        Assert.Equal(8, stats.RelationshipsByType[RelationshipType.UsesModel]);
        Assert.Equal(13, stats.RelationshipsByType[RelationshipType.AuthoredBy]);
        Assert.Equal(4, stats.RelationshipsByType[RelationshipType.PublishedBy]);
    }

    [Fact]
    public async Task ApplyAsync_AddPaperLinkedToMissingTerm_RaisesNotFound()
    {
        await AssertRefusedAsync(
            ErrorCodes.NotFound, new AddPaper(NewPaper("arxiv:2501.00101", "Orphan Links", Lora, "method:not-there")));
    }

    [Fact]
    public async Task ApplyAsync_AddPaperFailingHalfway_LeavesStoreAndTrailUnchanged()
    {
        await ApplyAsync(new LinkPaper(Link(P12, Bert)));

        // The paper exists, so its row and extracted links are replaced before the link of the wrong kind fails.
        var broken = Paper(P01) with { Mentions = [FixtureLink(P01, Lora), Link(P01, Mmlu) with { Kind = EntityKind.Topic }] };

        await AssertRefusedAsync(ErrorCodes.InvalidArgument, new AddPaper(broken));
    }

    [Fact]
    public async Task ApplyAsync_UpdatePaper_ReplacesTextMetadataExtractedLinksAndCandidatesButKeepsCuratedLinks()
    {
        await ApplyAsync(new LinkPaper(Link(P02, Bert)));
        var original = Paper(P02).Paper;
        var paper = original with
        {
            Title = "QLoRA Reconsidered",
            Abstract = "Quantized adapters revisited on MMLU.",
            Upvotes = 99,
            Authors = ["Grace Hopper"],
        };
        var updated = new PaperGraph(
            paper,
            [
                Link(P02, QLora, At(paper.Title, TextField.Title, "QLoRA")),
                Link(P02, Mmlu, At(paper.Abstract, TextField.Abstract, "MMLU")),
            ],
            []);

        var record = await ApplyAsync(new UpdatePaper(updated, original.Title, original.Abstract));

        Assert.Equal(Json(new ChangeRecord(record.Sequence, ChangedAt, CuratorName, "updatePaper", [P02], "curated by hand")), Json(record));
        Assert.Equal(
            SortedJson(updated.Mentions.Append(new Mention(P02, Bert, EntityKind.Model, [], Curated: true))),
            await MentionsJsonAsync(P02));
        Assert.Equal(Json(paper), Json(Assert.Single(await Store.GetPapersAsync([P02], Ct))));
        Assert.Empty((await GraphOfAsync(P02))!.Candidates);
        var counts = await Store.CountPapersAsync([QLora, Mmlu, Gsm8k, Reasoning, Llama, Bert], Ct);
        Assert.Equal([2, 4, 2, 2, 3, 4], new[] { QLora, Mmlu, Gsm8k, Reasoning, Llama, Bert }.Select(id => counts[id]));

        // Edsger Dijkstra wrote no other paper; Ada Lovelace still has P01 and P11.
        Assert.Equal(5, (await Store.GetStatsAsync(Ct)).NodesByLabel[nameof(NodeLabel.Author)]);
        Assert.Equal([P02], (await Store.SearchAsync("reconsidered", 10, Ct)).Select(h => h.Paper.Id));
        Assert.Empty(await Store.SearchAsync("GPU", 10, Ct));
    }

    [Theory]
    [InlineData(true, false)]
    [InlineData(false, true)]
    public async Task ApplyAsync_UpdatePaperReadBeforeAnEdit_RaisesConflict(bool staleTitle, bool staleAbstract)
    {
        var original = Paper(P02).Paper;
        var updated = Paper(P02) with { Paper = original with { Upvotes = 1 } };

        await AssertRefusedAsync(
            ErrorCodes.Conflict,
            new UpdatePaper(
                updated,
                staleTitle ? original.Title.ToUpperInvariant() : original.Title,
                staleAbstract ? original.Abstract + " " : original.Abstract));
    }

    [Fact]
    public async Task ApplyAsync_SecondUpdateFromTheSameRead_RaisesConflictInsteadOfLosingTheFirst()
    {
        var original = Paper(P05).Paper;
        var first = Paper(P05) with { Paper = original with { Title = "Sparse Experts for Reading" } };
        var second = Paper(P05) with { Paper = original with { Abstract = "Experts answer SQuAD questions." } };
        await ApplyAsync(new UpdatePaper(first, original.Title, original.Abstract));

        await AssertRefusedAsync(ErrorCodes.Conflict, new UpdatePaper(second, original.Title, original.Abstract));

        Assert.Equal("Sparse Experts for Reading", Assert.Single(await Store.GetPapersAsync([P05], Ct)).Title);
    }

    [Fact]
    public async Task ApplyAsync_UpdateMissingPaper_RaisesNotFound()
    {
        await AssertRefusedAsync(ErrorCodes.NotFound, new UpdatePaper(NewPaper("arxiv:2501.09999", "Ghost"), "Ghost", ""));
    }

    [Fact]
    public async Task ApplyAsync_UpdatePaperLinkedToMissingTerm_RaisesNotFound()
    {
        var original = Paper(P02).Paper;
        var updated = Paper(P02) with { Mentions = [Link(P02, "dataset:not-there")] };

        await AssertRefusedAsync(ErrorCodes.NotFound, new UpdatePaper(updated, original.Title, original.Abstract));
    }

    [Fact]
    public async Task ApplyAsync_RemovePaper_RemovesItWithEveryRelationshipAndItsOrphanedAuthor()
    {
        await ApplyAsync(new LinkPaper(Link(P02, Bert)));

        var record = await ApplyAsync(new RemovePaper(P02));

        Assert.Equal(Json(new ChangeRecord(record.Sequence, ChangedAt, CuratorName, "removePaper", [P02], "curated by hand")), Json(record));
        Assert.Empty(await Store.GetPapersAsync([P02], Ct));
        Assert.Empty(await Store.GetMentionsAsync([P02], cancellationToken: Ct));
        Assert.Null(await GraphOfAsync(P02));
        Assert.Empty(await Store.SearchAsync("quantized", 10, Ct));
        var counts = await Store.CountPapersAsync([QLora, Mmlu, Gsm8k, Reasoning, Llama, Bert], Ct);
        Assert.Equal([1, 3, 2, 2, 3, 3], new[] { QLora, Mmlu, Gsm8k, Reasoning, Llama, Bert }.Select(id => counts[id]));
        Assert.Equal(
            [AdaLovelace, GraceHopper],
            (await Store.GetNodesAsync([AdaLovelace, GraceHopper, EdsgerDijkstra], Ct)).Select(n => n.Id));
        var stats = await Store.GetStatsAsync(Ct);
        Assert.Equal(11, stats.NodesByLabel[nameof(NodeLabel.Paper)]);
        Assert.Equal(5, stats.NodesByLabel[nameof(NodeLabel.Author)]);
        Assert.Equal(8, stats.RelationshipsByType[RelationshipType.AuthoredBy]);
        Assert.Equal(7, stats.RelationshipsByType[RelationshipType.UsesMethod]);
        Assert.Equal(10, stats.RelationshipsByType[RelationshipType.EvaluatedOn]);
        Assert.Equal(7, stats.RelationshipsByType[RelationshipType.HasTopic]);
        Assert.Equal(6, stats.RelationshipsByType[RelationshipType.UsesModel]);
        var candidates = new List<CandidateTerm>();
        await foreach (var graph in Store.ReadAllPapersAsync(Ct))
        {
            candidates.AddRange(graph.Candidates);
        }

        Assert.Equal([P08], candidates.Select(c => c.PaperId));
    }

    [Fact]
    public async Task ApplyAsync_RemoveEveryPaperOfAnOrganization_RemovesTheOrganization()
    {
        foreach (var id in new[] { P03, P04, P08 })
        {
            await ApplyAsync(new RemovePaper(id));
        }

        Assert.Empty(await Store.GetNodesAsync([Acme], Ct));
        var stats = await Store.GetStatsAsync(Ct);
        Assert.Equal(0, stats.NodesByLabel[nameof(NodeLabel.Organization)]);
        Assert.Equal(0, stats.RelationshipsByType[RelationshipType.PublishedBy]);
        Assert.Equal(9, stats.NodesByLabel[nameof(NodeLabel.Paper)]);
    }

    [Fact]
    public async Task ApplyAsync_RemoveMissingPaper_RaisesNotFound()
    {
        await AssertRefusedAsync(ErrorCodes.NotFound, new RemovePaper("arxiv:0000.00000"));
    }
}
