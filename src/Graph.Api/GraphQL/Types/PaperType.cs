using Graph.Api.GraphQL.Connections;
using Graph.Api.GraphQL.Loaders;
using Graph.Core.Domain;
using Graph.Core.Querying;
using Graph.Core.Traversals;
using GraphQL;
using GraphQL.DataLoader;
using GraphQL.Types;

namespace Graph.Api.GraphQL.Types;

/// <summary>A paper with its metadata, its typed links and the traversals that start from it.</summary>
public sealed class PaperType : ObjectGraphType<Paper>
{
    public PaperType()
    {
        Name = "Paper";
        Description = "A research paper from a listing, linked to the methods, datasets, topics and models its text names.";
        Interface<NodeInterface>();
        IsTypeOf = value => value is Paper;

        Field<NonNullGraphType<IdGraphType>>("id").Description("The opaque global id.").Resolve(c => GlobalId.Encode(NodeLabel.Paper, c.Source.Id));
        Field<NonNullGraphType<StringGraphType>>("graphId")
            .Description("The id in the graph store and in Cypher (`arxiv:<id>`, or `title:<hash>` without an arXiv id).")
            .Resolve(c => c.Source.Id);
        Field<NonNullGraphType<StringGraphType>>("title").Description("The title.").Resolve(c => c.Source.Title);
        Field<NonNullGraphType<StringGraphType>>("abstract").Description("The abstract (empty when the listing had none).").Resolve(c => c.Source.Abstract);
        Field<CalendarDateGraphType>("publishedOn").Description("Publication date, when the listing gives one.").Resolve(c => c.Source.PublishedOn);
        Field<IntGraphType>("authorCount").Description("Number of authors, when known.").Resolve(c => c.Source.AuthorCount);
        Field<IntGraphType>("upvotes").Description("Upvotes on the listing, when known.").Resolve(c => c.Source.Upvotes);
        Field<StringGraphType>("arxivId").Description("The arXiv identifier, when known.").Resolve(c => c.Source.ArxivId);
        Field<StringGraphType>("url")
            .Description("The arXiv abstract page, when the arXiv id is known.")
            .Resolve(c => c.Source.ArxivId is null ? null : "https://arxiv.org/abs/" + c.Source.ArxivId);
        Field<OrganizationType>("organization")
            .Description("The publishing organization, when the listing names one.")
            .Resolve(c => c.Source.Organization is null
                ? null
                : new GraphNode(GraphIds.ForOrganization(c.Source.Organization), NodeLabel.Organization, c.Source.Organization));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<AuthorType>>>>("authors")
            .Description("The authors, in order, when the listing names them.")
            .Resolve(c => c.Source.Authors.Select(a => new GraphNode(GraphIds.ForAuthor(a), NodeLabel.Author, a)).ToList());

        Field<NonNullGraphType<ListGraphType<NonNullGraphType<MethodMentionType>>>>("methods")
            .Description("The methods the paper uses, with the spans that name them.")
            .Resolve(c => Mentions(c, EntityKind.Method));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<DatasetMentionType>>>>("datasets")
            .Description("The datasets and benchmarks the paper is evaluated on, with the spans that name them.")
            .Resolve(c => Mentions(c, EntityKind.Dataset));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<TopicMentionType>>>>("topics")
            .Description("The paper's topics, with the spans that assign them.")
            .Resolve(c => Mentions(c, EntityKind.Topic));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ModelMentionType>>>>("models")
            .Description("The pretrained models the paper names, with the spans that name them.")
            .Resolve(c => Mentions(c, EntityKind.Model));

        Field<NonNullGraphType<SharedBenchmarkConnectionType>>("papersSharingBenchmark")
            .Description("Other papers evaluated on at least one of this paper's datasets, most shared datasets first.")
            .Argument<IntGraphType>("first", "How many papers (at most 100).", a => a.DefaultValue = 10)
            .Argument<StringGraphType>("after", "The `endCursor` of the previous page.")
            .Argument<BooleanGraphType>("includeVariants", "Count a dataset and its variants (Global MMLU, MMLU) as one benchmark.", a => a.DefaultValue = false)
            .Resolve(SharingBenchmark);
        Field<NonNullGraphType<ChangeConnectionType>>("history")
            .Description("The changes curators and services made to this paper, newest first.")
            .PagingArguments()
            .ResolveAsync(async c => await ChangeLists.ResolveAsync(c, c.Source.Id));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<RelatedPaperType>>>>("relatedPapers")
            .Description("Papers that share methods, datasets, topics or models with this one, best first, with the shared terms as reasons.")
            .Argument<IntGraphType>("first", "How many papers (at most 100).", a => a.DefaultValue = 10)
            .Resolve(c =>
            {
                var first = new PageRequest(First: c.GetArgument<int>("first")).Validate().Size;
                return c.Loaders().Related(c.Source.Id, first);
            });
    }

    private static object SharingBenchmark(IResolveFieldContext<Paper> context)
    {
        var page = new PageRequest(First: context.GetArgument<int>("first"), After: context.GetArgument<string?>("after")).Validate();
        var includeVariants = context.GetArgument<bool>("includeVariants");
        if (page.After is null)
        {
            return context.Loaders().SharingBenchmark(context.Source.Id, includeVariants, page.Size);
        }

        // A later page is one paper's own walk; it cannot batch with siblings.
        return SharingBenchmarkPageAsync(context, includeVariants, page);
    }

    private static async Task<object?> SharingBenchmarkPageAsync(IResolveFieldContext<Paper> context, bool includeVariants, PageRequest page)
    {
        var pages = await context.Store().PapersSharingBenchmarkAsync([context.Source.Id], includeVariants, page, context.CancellationToken);
        return pages.TryGetValue(context.Source.Id, out var result) ? result : new Page<SharedBenchmarkPaper>([], false, true);
    }

    private static IDataLoaderResult Mentions(IResolveFieldContext<Paper> context, EntityKind kind)
    {
        var loaders = context.Loaders();
        return loaders.MentionsOf(context.Source.Id).ThenLoad(mentions => mentions
            .Where(m => m.Kind == kind)
            .Select(m => loaders.Entity(m.EntityId).Then(term => term is null ? null : new MentionView(term, m.Evidence)))
            .ToList()
            .WhenAll()
            .Then(views => views.OfType<MentionView>().ToList()));
    }
}
