using Graph.Api.GraphQL.Loaders;
using Graph.Core.Domain;
using Graph.Core.Querying;
using Graph.Core.Traversals;
using GraphQL.Types;

namespace Graph.Api.GraphQL.Types;

/// <summary>A paper sharing benchmarks with another, and which ones.</summary>
public sealed class SharedBenchmarkEdgeType : ObjectGraphType<Edge<SharedBenchmarkPaper>>
{
    public SharedBenchmarkEdgeType()
    {
        Name = "SharedBenchmarkEdge";
        Description = "A paper evaluated on some of the same datasets.";
        Field<NonNullGraphType<StringGraphType>>("cursor").Description("Opaque cursor of this item.").Resolve(c => c.Source.Cursor);
        Field<NonNullGraphType<PaperType>>("node").Description("The other paper.").Resolve(c => c.Source.Node.Paper);
        Field<NonNullGraphType<IntGraphType>>("sharedCount").Description("How many datasets the two papers share.").Resolve(c => c.Source.Node.SharedDatasetIds.Count);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<DatasetType>>>>("sharedDatasets")
            .Description("The datasets both papers are evaluated on.")
            .Resolve(c =>
            {
                var loaders = c.Loaders();
                return c.Source.Node.SharedDatasetIds.Select(loaders.Entity).ToList().WhenAll().Then(terms => terms.OfType<Entity>().ToList());
            });
    }
}
