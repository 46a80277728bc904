using Graph.Api.GraphQL.Loaders;
using Graph.Core.Domain;
using Graph.Core.Traversals;
using GraphQL.Types;

namespace Graph.Api.GraphQL.Types;

/// <summary>A related paper with its score and the shared terms behind it.</summary>
public sealed class RelatedPaperType : ObjectGraphType<RelatedPaper>
{
    public RelatedPaperType()
    {
        Name = "RelatedPaper";
        Description = "A paper related through shared terms.";
        Field<NonNullGraphType<PaperType>>("paper").Description("The related paper.").Resolve(c => c.Source.Paper);
        Field<NonNullGraphType<FloatGraphType>>("score")
            .Description("Weighted count of shared terms: methods and datasets 1, models 0.75, topics 0.5.")
            .Resolve(c => c.Source.Score);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<TermInterface>>>>("reasons")
            .Description("The shared methods, datasets, topics and models.")
            .Resolve(c =>
            {
                var loaders = c.Loaders();
                return c.Source.SharedEntityIds.Select(loaders.Entity).ToList().WhenAll().Then(terms => terms.OfType<Entity>().ToList());
            });
    }
}
