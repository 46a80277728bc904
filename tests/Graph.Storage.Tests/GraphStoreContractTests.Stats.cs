using Graph.Core.Domain;
using static Graph.Storage.Tests.ContractFixtureGraph;

namespace Graph.Storage.Tests;

public abstract partial class GraphStoreContractTests
{
    [Fact]
    public async Task GetStatsAsync_Fixture_CountsEveryLabelAndRelationshipType()
    {
        var stats = await Store.GetStatsAsync(Ct);

        Assert.Equal(
            new Dictionary<string, long>
            {
                ["Paper"] = 12,
                ["Method"] = 5,
                ["Dataset"] = 4,
                ["Topic"] = 3,
                ["Model"] = 2,
                ["Organization"] = 1,
                ["Author"] = 6,
            },
            stats.NodesByLabel);
        Assert.Equal(
            new Dictionary<string, long>
            {
                [RelationshipType.UsesMethod] = 8,
                [RelationshipType.EvaluatedOn] = 12,
                [RelationshipType.HasTopic] = 8,
                [RelationshipType.UsesModel] = 7,
                [RelationshipType.VariantOf] = 2,
                [RelationshipType.PublishedBy] = 3,
                [RelationshipType.AuthoredBy] = 11,
            },
            stats.RelationshipsByType);
    }

    [Fact]
    public async Task GetStatsAsync_EmptyStore_ListsEveryLabelAndTypeWithZero()
    {
        var store = await CreateStoreAsync();

        var stats = await store.GetStatsAsync(Ct);

        Assert.Equal(Enum.GetNames<NodeLabel>().Order(), stats.NodesByLabel.Keys.Order());
        Assert.Equal(RelationshipType.All.Order(), stats.RelationshipsByType.Keys.Order());
        Assert.All(stats.NodesByLabel.Values, count => Assert.Equal(0, count));
        Assert.All(stats.RelationshipsByType.Values, count => Assert.Equal(0, count));
    }

    [Fact]
    public async Task CheckHealthAsync_InitializedStore_IsReachableWithoutProblems()
    {
        var health = await Store.CheckHealthAsync(Ct);

        Assert.True(health.Reachable);
        Assert.Null(health.Problem);
        Assert.True(health.SchemaVersion >= 1);
        Assert.False(string.IsNullOrWhiteSpace(health.Backend));
    }

    [Fact]
    public async Task InitializeAsync_CalledAgain_KeepsTheData()
    {
        var before = await SnapshotAsync(Store);

        await Store.InitializeAsync(Ct);

        Assert.Equal(before, await SnapshotAsync(Store));
    }

    [Fact]
    public async Task ReadAllPapersAsync_Fixture_StreamsEveryPaperByIdWithLinksAndCandidates()
    {
        var papers = new List<PaperGraph>();
        await foreach (var paper in Store.ReadAllPapersAsync(Ct))
        {
            papers.Add(paper);
        }

        Assert.Equal(AllPaperIds.Order(StringComparer.Ordinal), papers.Select(p => p.Paper.Id));
        Assert.Equal(
            Json(Papers.Select(Normalized).OrderBy(p => p.Paper.Id, StringComparer.Ordinal)),
            Json(papers));
    }

    [Fact]
    public async Task ReadAllPapersAsync_EmptyStore_StreamsNothing()
    {
        var store = await CreateStoreAsync();

        await foreach (var paper in store.ReadAllPapersAsync(Ct))
        {
            Assert.Fail($"Unexpected paper {paper.Paper.Id}.");
        }
    }

    [Fact]
    public async Task ReadAllPapersAsync_ExportWrittenBack_ReproducesTheGraph()
    {
        var papers = new List<PaperGraph>();
        await foreach (var paper in Store.ReadAllPapersAsync(Ct))
        {
            papers.Add(paper);
        }

        var copy = await CreateStoreAsync();
        await copy.WriteAsync(new GraphBatch(await Store.GetAllEntitiesAsync(Ct), papers), cancellationToken: Ct);

        Assert.Equal(await SnapshotAsync(Store), await SnapshotAsync(copy));
    }
}
