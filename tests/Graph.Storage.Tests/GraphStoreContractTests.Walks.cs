using Graph.Core;
using Graph.Core.Domain;
using Graph.Core.Traversals;
using static Graph.Storage.Tests.ContractFixtureGraph;

namespace Graph.Storage.Tests;

public abstract partial class GraphStoreContractTests
{
    [Fact]
    public async Task NeighbourhoodAsync_DepthOne_ReturnsNearestNodesAndTheRelationshipsAmongThem()
    {
        var subgraph = await Store.NeighbourhoodAsync(QLora, 1, 50, Ct);

        Assert.Equal(
            [
                new GraphNode(QLora, NodeLabel.Method, "QLoRA"),
                new GraphNode(P02, NodeLabel.Paper, "QLoRA: Quantized Low-Rank Adapters"),
                new GraphNode(P09, NodeLabel.Paper, "A Survey of Adapters"),
                new GraphNode(Lora, NodeLabel.Method, "LoRA"),
            ],
            subgraph.Nodes);
        Assert.Equal(
            [
                new GraphRelationship(RelationshipType.UsesMethod, P02, QLora),
                new GraphRelationship(RelationshipType.UsesMethod, P09, Lora),
                new GraphRelationship(RelationshipType.UsesMethod, P09, QLora),
                new GraphRelationship(RelationshipType.VariantOf, QLora, Lora),
            ],
            subgraph.Relationships);
    }

    [Fact]
    public async Task NeighbourhoodAsync_Limit_KeepsTheNearestSmallestIds()
    {
        var subgraph = await Store.NeighbourhoodAsync(QLora, 1, 2, Ct);

        Assert.Equal([QLora, P02], subgraph.Nodes.Select(n => n.Id));
        Assert.Equal([new GraphRelationship(RelationshipType.UsesMethod, P02, QLora)], subgraph.Relationships);
    }

    [Fact]
    public async Task NeighbourhoodAsync_DepthTwo_FollowsEveryRelationshipTypeInBothDirections()
    {
        var subgraph = await Store.NeighbourhoodAsync(GlobalMmlu, 2, 100, Ct);

        Assert.Equal(
            [
                GlobalMmlu,
                P03, P11, Mmlu,
                P01, P02, P07, P08, AdaLovelace, BarbaraLiskov, Lora, Llama, Acme, QuestionAnswering,
            ],
            subgraph.Nodes.Select(n => n.Id));
        Assert.Equal(21, subgraph.Relationships.Count);
        Assert.Contains(new GraphRelationship(RelationshipType.VariantOf, GlobalMmlu, Mmlu), subgraph.Relationships);
        Assert.Contains(new GraphRelationship(RelationshipType.PublishedBy, P08, Acme), subgraph.Relationships);
        Assert.Contains(new GraphRelationship(RelationshipType.AuthoredBy, P02, AdaLovelace), subgraph.Relationships);
        Assert.Contains(new GraphRelationship(RelationshipType.HasTopic, P01, QuestionAnswering), subgraph.Relationships);
        Assert.All(subgraph.Relationships, r =>
        {
            Assert.Contains(r.StartId, subgraph.Nodes.Select(n => n.Id));
            Assert.Contains(r.EndId, subgraph.Nodes.Select(n => n.Id));
        });
    }

    [Fact]
    public async Task NeighbourhoodAsync_DepthZero_ReturnsTheNodeAlone()
    {
        var subgraph = await Store.NeighbourhoodAsync(P12, 0, 10, Ct);

        Assert.Equal([new GraphNode(P12, NodeLabel.Paper, P12Title)], subgraph.Nodes);
        Assert.Empty(subgraph.Relationships);
    }

    [Fact]
    public async Task NeighbourhoodAsync_UnknownNode_ReturnsAnEmptySubgraph()
    {
        var subgraph = await Store.NeighbourhoodAsync("method:unknown", 2, 10, Ct);

        Assert.Empty(subgraph.Nodes);
        Assert.Empty(subgraph.Relationships);
    }

    [Fact]
    public async Task NeighbourhoodAsync_NegativeArguments_RaiseInvalidArgument()
    {
        await AssertQueryErrorAsync(ErrorCodes.InvalidArgument, () => Store.NeighbourhoodAsync(P01, -1, 10, Ct));
        await AssertQueryErrorAsync(ErrorCodes.InvalidArgument, () => Store.NeighbourhoodAsync(P01, 1, 0, Ct));
    }

    [Fact]
    public async Task ShortestPathAsync_ManyShortestPaths_ReturnsTheOneWithTheSmallestIdsFromTheStart()
    {
        var path = await Store.ShortestPathAsync(P10, P04, 8, Ct);

        Assert.NotNull(path);
        Assert.Equal([P10, Bert, P05, BarbaraLiskov, P11, Llama, P04], path.Nodes.Select(n => n.Id));
        Assert.Equal(
            [
                new GraphRelationship(RelationshipType.UsesModel, P10, Bert),
                new GraphRelationship(RelationshipType.UsesModel, P05, Bert),
                new GraphRelationship(RelationshipType.AuthoredBy, P05, BarbaraLiskov),
                new GraphRelationship(RelationshipType.AuthoredBy, P11, BarbaraLiskov),
                new GraphRelationship(RelationshipType.UsesModel, P11, Llama),
                new GraphRelationship(RelationshipType.UsesModel, P04, Llama),
            ],
            path.Relationships);
        Assert.Equal(new GraphNode(BarbaraLiskov, NodeLabel.Author, "Barbara Liskov"), path.Nodes[3]);
    }

    [Fact]
    public async Task ShortestPathAsync_ReversedEnds_KeepsStoredDirections()
    {
        var forward = await Store.ShortestPathAsync(GlobalMmlu, Mmlu, 3, Ct);
        var backward = await Store.ShortestPathAsync(Mmlu, GlobalMmlu, 3, Ct);

        Assert.Equal([GlobalMmlu, Mmlu], forward?.Nodes.Select(n => n.Id));
        Assert.Equal([Mmlu, GlobalMmlu], backward?.Nodes.Select(n => n.Id));
        var variantOf = new GraphRelationship(RelationshipType.VariantOf, GlobalMmlu, Mmlu);
        Assert.Equal([variantOf], forward?.Relationships);
        Assert.Equal([variantOf], backward?.Relationships);
    }

    [Fact]
    public async Task ShortestPathAsync_ThroughAnOrganization_UsesPublishedBy()
    {
        var path = await Store.ShortestPathAsync(P03, P04, 4, Ct);

        Assert.Equal([P03, Acme, P04], path?.Nodes.Select(n => n.Id));
        Assert.Equal(
            [
                new GraphRelationship(RelationshipType.PublishedBy, P03, Acme),
                new GraphRelationship(RelationshipType.PublishedBy, P04, Acme),
            ],
            path?.Relationships);
    }

    [Fact]
    public async Task ShortestPathAsync_MaxHopsShorterThanThePath_ReturnsNull()
    {
        Assert.Null(await Store.ShortestPathAsync(P10, P04, 5, Ct));
        Assert.NotNull(await Store.ShortestPathAsync(P10, P04, 6, Ct));
    }

    [Fact]
    public async Task ShortestPathAsync_DisconnectedNodes_ReturnsNull()
    {
        Assert.Null(await Store.ShortestPathAsync(P01, P12, 8, Ct));
        Assert.Null(await Store.ShortestPathAsync(Rlhf, P01, 8, Ct));
    }

    [Fact]
    public async Task ShortestPathAsync_UnknownNode_ReturnsNull()
    {
        Assert.Null(await Store.ShortestPathAsync(P01, "arxiv:0000.00000", 8, Ct));
    }

    [Fact]
    public async Task ShortestPathAsync_SameNode_ReturnsThatNodeAlone()
    {
        var path = await Store.ShortestPathAsync(P01, P01, 0, Ct);

        Assert.Equal([P01], path?.Nodes.Select(n => n.Id));
        Assert.Empty(path!.Relationships);
    }

    [Fact]
    public async Task ShortestPathAsync_NegativeMaxHops_RaisesInvalidArgument()
    {
        await AssertQueryErrorAsync(ErrorCodes.InvalidArgument, () => Store.ShortestPathAsync(P01, P02, -1, Ct));
    }
}
