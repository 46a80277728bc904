using Graph.Api.GraphQL.Connections;
using Graph.Core.Querying;
using Graph.Core.Traversals;
using GraphQL.Types;

namespace Graph.Api.GraphQL.Types;

/// <summary>A page of papers that share benchmarks with a paper.</summary>
public sealed class SharedBenchmarkConnectionType : ObjectGraphType<Page<SharedBenchmarkPaper>>
{
    public SharedBenchmarkConnectionType()
    {
        Name = "SharedBenchmarkConnection";
        Description = "Papers evaluated on the same datasets as a given paper, most shared datasets first.";
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<SharedBenchmarkEdgeType>>>>("edges")
            .Description("The papers with their cursors and the datasets they share.").Resolve(c => c.Source.Edges);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<PaperType>>>>("nodes")
            .Description("The papers.").Resolve(c => c.Source.Edges.Select(e => e.Node.Paper).ToList());
        Field<NonNullGraphType<PageInfoType>>("pageInfo").Description("Where the page lies in the list.").Resolve(c => PageInfoType.Info.Of(c.Source));
    }
}
