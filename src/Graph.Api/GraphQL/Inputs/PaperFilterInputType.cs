using Graph.Core.Querying;
using GraphQL.Types;

namespace Graph.Api.GraphQL.Inputs;

/// <summary>HotChocolate-style <c>PaperFilterInput</c>, compiled by the store to a parameterized query.</summary>
public sealed class PaperFilterInputType : InputObjectGraphType<PaperFilter>
{
    public PaperFilterInputType()
    {
        Name = "PaperFilterInput";
        Description = "Conditions on papers, all of which must hold. Example: `{ datasets: { some: { name: { eq: \"MMLU\" } } }, publishedOn: { gt: \"2024-01-01\" } }`.";
        Field<ListGraphType<NonNullGraphType<PaperFilterInputType>>>("and").Description("Every condition holds.");
        Field<ListGraphType<NonNullGraphType<PaperFilterInputType>>>("or").Description("At least one condition holds.");
        Field<StringOperationFilterInputType>("graphId").Description("Conditions on the graph id.");
        Field<StringOperationFilterInputType>("title").Description("Conditions on the title.");
        Field<StringOperationFilterInputType>("abstract").Description("Conditions on the abstract.");
        Field<StringOperationFilterInputType>("arxivId").Description("Conditions on the arXiv id.");
        Field<StringOperationFilterInputType>("organization").Description("Conditions on the publishing organization's name.");
        Field<DateOperationFilterInputType>("publishedOn").Description("Conditions on the publication date.");
        Field<IntOperationFilterInputType>("upvotes").Description("Conditions on the upvotes.");
        Field<IntOperationFilterInputType>("authorCount").Description("Conditions on the number of authors.");
        Field<MethodListFilterInputType>("methods").Description("Conditions over the paper's methods.");
        Field<DatasetListFilterInputType>("datasets").Description("Conditions over the paper's datasets.");
        Field<TopicListFilterInputType>("topics").Description("Conditions over the paper's topics.");
        Field<ModelListFilterInputType>("models").Description("Conditions over the paper's models.");
    }

    public override object ParseDictionary(IDictionary<string, object?> value) => new PaperFilter
    {
        And = InputValues.List<PaperFilter>(value, "and"),
        Or = InputValues.List<PaperFilter>(value, "or"),
        Id = InputValues.Get<StringFilter>(value, "graphId"),
        Title = InputValues.Get<StringFilter>(value, "title"),
        Abstract = InputValues.Get<StringFilter>(value, "abstract"),
        ArxivId = InputValues.Get<StringFilter>(value, "arxivId"),
        Organization = InputValues.Get<StringFilter>(value, "organization"),
        PublishedOn = InputValues.Get<ComparableFilter<DateOnly>>(value, "publishedOn"),
        Upvotes = InputValues.Get<ComparableFilter<int>>(value, "upvotes"),
        AuthorCount = InputValues.Get<ComparableFilter<int>>(value, "authorCount"),
        Methods = InputValues.Get<EntityListFilter>(value, "methods"),
        Datasets = InputValues.Get<EntityListFilter>(value, "datasets"),
        Topics = InputValues.Get<EntityListFilter>(value, "topics"),
        Models = InputValues.Get<EntityListFilter>(value, "models"),
    };
}
