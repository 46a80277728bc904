using Graph.Api.GraphQL.Connections;
using Graph.Api.GraphQL.Inputs;
using Graph.Api.GraphQL.Loaders;
using Graph.Api.GraphQL.Types;
using Graph.Core;
using Graph.Core.Domain;
using Graph.Core.Querying;
using GraphQL;
using GraphQL.Types;

namespace Graph.Api.GraphQL;

/// <summary>The query root: node refetching, lists, lookups by name and the graph traversals.</summary>
public sealed class GraphQuery : ObjectGraphType
{
    /// <summary>The most ids <c>nodes(ids:)</c> takes at once.</summary>
    public const int MaxNodeIds = PageRequest.MaxSize;

    public GraphQuery()
    {
        Name = "Query";
        Description = "Read the knowledge graph of papers, methods, datasets, topics and models.";

        Field<NodeInterface>("node")
            .Description("Any node by its global id.")
            .Argument<NonNullGraphType<IdGraphType>>("id", "A global id.")
            .Resolve(c => NodeResolver.ResolveOne(c, GlobalId.Decode(c.GetArgument<string>("id")).Id));
        Field<NonNullGraphType<ListGraphType<NodeInterface>>>("nodes")
            .Description("Nodes by global id, in the order given; null where an id names no node.")
            .Argument<NonNullGraphType<ListGraphType<NonNullGraphType<IdGraphType>>>>("ids", $"Global ids (at most {MaxNodeIds}).")
            .Resolve(c =>
            {
                var ids = c.GetArgument<List<string>>("ids");
                GraphErrors.InRange(ids.Count, "ids", 0, MaxNodeIds);
                return ids.Select(id => NodeResolver.ResolveOne(c, GlobalId.Decode(id).Id)).ToList().WhenAll();
            });

        Field<NonNullGraphType<PaperConnectionType>>("papers")
            .Description("Papers, filtered and sorted, in pages.")
            .PaperListArguments()
            .ResolveAsync(async c => await PaperLists.ResolveAsync(c));
        Field<PaperType>("paperByArxivId")
            .Description("A paper by its arXiv id.")
            .Argument<NonNullGraphType<StringGraphType>>("arxivId", "The arXiv id, e.g. `2106.09685`.")
            .Resolve(c => c.Loaders().Paper(GraphIds.ForPaper(c.GetArgument<string>("arxivId"), "-")));

        TermList<MethodConnectionType, MethodFilterInputType>("methods", EntityKind.Method);
        TermList<DatasetConnectionType, DatasetFilterInputType>("datasets", EntityKind.Dataset);
        TermList<TopicConnectionType, TopicFilterInputType>("topics", EntityKind.Topic);
        TermList<ModelConnectionType, ModelFilterInputType>("models", EntityKind.Model);
        TermByName<MethodType>("method", EntityKind.Method);
        TermByName<DatasetType>("dataset", EntityKind.Dataset);
        TermByName<TopicType>("topic", EntityKind.Topic);
        TermByName<ModelType>("model", EntityKind.Model);

        Field<NonNullGraphType<ListGraphType<NonNullGraphType<BenchmarkOverlapType>>>>("benchmarkOverlaps")
            .Description("Pairs of papers evaluated on the same datasets, most shared datasets first.")
            .Argument<StringGraphType>("dataset", "Only pairs that share this dataset (canonical name or alias).")
            .Argument<IntGraphType>("minShared", "The fewest datasets a pair must share.", a => a.DefaultValue = 1)
            .Argument<IntGraphType>("first", "How many pairs (at most 100).", a => a.DefaultValue = 10)
            .ResolveAsync(async c =>
            {
                var first = new PageRequest(First: c.GetArgument<int>("first")).Validate().Size;
                var minShared = GraphErrors.InRange(c.GetArgument<int>("minShared"), "minShared", 1, 1_000);
                string? datasetId = null;
                if (c.GetArgument<string?>("dataset") is { } name)
                {
                    var dataset = await c.Store().FindEntityAsync(EntityKind.Dataset, name, c.CancellationToken)
                        ?? throw GraphErrors.Create(ErrorCodes.NotFound, $"No dataset is named '{name}'.");
                    datasetId = dataset.Id;
                }

                return await c.Store().BenchmarkOverlapsAsync(datasetId, minShared, first, c.CancellationToken);
            });
        Field<SubgraphType>("path")
            .Description("A shortest path between two nodes, following relationships either way; null when none is within `maxHops`.")
            .Argument<NonNullGraphType<IdGraphType>>("from", "Global id of the start node.")
            .Argument<NonNullGraphType<IdGraphType>>("to", "Global id of the end node.")
            .Argument<IntGraphType>("maxHops", "The longest path to look for (1 to 8).", a => a.DefaultValue = 4)
            .ResolveAsync(async c =>
            {
                var maxHops = GraphErrors.InRange(c.GetArgument<int>("maxHops"), "maxHops", 1, 8);
                var from = GlobalId.Decode(c.GetArgument<string>("from")).Id;
                var to = GlobalId.Decode(c.GetArgument<string>("to")).Id;
                return await c.Store().ShortestPathAsync(from, to, maxHops, c.CancellationToken);
            });
        Field<NonNullGraphType<SubgraphType>>("neighbourhood")
            .Description("The nodes within `depth` hops of a node and the relationships among them, nearest first.")
            .Argument<NonNullGraphType<IdGraphType>>("id", "Global id of the centre node.")
            .Argument<IntGraphType>("depth", "How many hops (1 to 3).", a => a.DefaultValue = 1)
            .Argument<IntGraphType>("first", "The most nodes to return (1 to 200).", a => a.DefaultValue = 50)
            .ResolveAsync(async c =>
            {
                var depth = GraphErrors.InRange(c.GetArgument<int>("depth"), "depth", 1, 3);
                var first = GraphErrors.InRange(c.GetArgument<int>("first"), "first", 1, 200);
                return await c.Store().NeighbourhoodAsync(GlobalId.Decode(c.GetArgument<string>("id")).Id, depth, first, c.CancellationToken);
            });
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<SearchHitType>>>>("search")
            .Description("Full-text search over titles and abstracts, best first, with highlighted snippets.")
            .Argument<NonNullGraphType<StringGraphType>>("text", "Words to look for (at most 500 characters).")
            .Argument<IntGraphType>("first", "How many results (at most 100).", a => a.DefaultValue = 10)
            .ResolveAsync(async c =>
            {
                var text = c.GetArgument<string>("text");
                GraphErrors.InRange(text.Length, "text length", 1, 500);
                var first = new PageRequest(First: c.GetArgument<int>("first")).Validate().Size;
                return await c.Store().SearchAsync(text, first, c.CancellationToken);
            });
        Field<NonNullGraphType<ChangeConnectionType>>("changes")
            .Description("The audit trail, newest first: every change made through mutations, optionally only those touching one node.")
            .PagingArguments()
            .Argument<IdGraphType>("nodeId", "Only changes that touched this node (global id).")
            .ResolveAsync(async c => await ChangeLists.ResolveAsync(
                c, c.GetArgument<string?>("nodeId") is { } nodeId ? GlobalId.Decode(nodeId).Id : null));
        Field<NonNullGraphType<StatsType>>("stats")
            .Description("Counts of nodes by label and relationships by type.")
            .ResolveAsync(async c => await c.Store().GetStatsAsync(c.CancellationToken));
    }

    private void TermList<TConnectionType, TFilterType>(string name, EntityKind kind)
        where TConnectionType : IGraphType
        where TFilterType : IInputObjectGraphType =>
        Field<NonNullGraphType<TConnectionType>>(name)
            .Description($"{kind}s of the vocabulary, filtered and sorted, in pages.")
            .PagingArguments()
            .Argument<TFilterType>("where", "Conditions on the terms.")
            .Argument<ListGraphType<NonNullGraphType<TermSortInputType>>>("order", "Sort keys in priority order (default: by name).")
            .ResolveAsync(async c =>
            {
                var where = c.GetArgument<EntityFilter?>("where");
                var order = (c.GetArgument<List<IReadOnlyList<Sort<EntitySortField>>>?>("order") ?? []).SelectMany(o => o).ToList();
                var store = c.Store();
                var page = await store.ListEntitiesAsync(new EntityQuery(kind, where, order, PaperLists.Page(c)), c.CancellationToken);
                return new Connection<Entity>(page, ct => store.CountEntitiesAsync(kind, where, ct));
            });

    private void TermByName<TTermType>(string name, EntityKind kind)
        where TTermType : IGraphType =>
        Field<TTermType>(name)
            .Description($"A {kind.ToString().ToLowerInvariant()} by canonical name or alias, ignoring case.")
            .Argument<NonNullGraphType<StringGraphType>>("name", "A name or alias, e.g. `LoRA`.")
            .ResolveAsync(async c => await c.Store().FindEntityAsync(kind, c.GetArgument<string>("name"), c.CancellationToken));
}
