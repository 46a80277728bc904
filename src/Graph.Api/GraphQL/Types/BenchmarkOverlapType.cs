using Graph.Api.GraphQL.Loaders;
using Graph.Core.Domain;
using Graph.Core.Traversals;
using GraphQL.Types;

namespace Graph.Api.GraphQL.Types;

/// <summary>Two papers evaluated on the same datasets.</summary>
public sealed class BenchmarkOverlapType : ObjectGraphType<BenchmarkOverlap>
{
    public BenchmarkOverlapType()
    {
        Name = "BenchmarkOverlap";
        Description = "A pair of papers evaluated on some of the same datasets.";
        Field<NonNullGraphType<PaperType>>("paperA").Description("One paper (the one whose id sorts first).").Resolve(c => c.Loaders().Paper(c.Source.PaperAId));
        Field<NonNullGraphType<PaperType>>("paperB").Description("The other paper.").Resolve(c => c.Loaders().Paper(c.Source.PaperBId));
        Field<NonNullGraphType<IntGraphType>>("sharedCount").Description("How many datasets they share.").Resolve(c => c.Source.SharedDatasetIds.Count);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<DatasetType>>>>("sharedDatasets")
            .Description("The datasets both are evaluated on.")
            .Resolve(c =>
            {
                var loaders = c.Loaders();
                return c.Source.SharedDatasetIds.Select(loaders.Entity).ToList().WhenAll().Then(terms => terms.OfType<Entity>().ToList());
            });
    }
}
