using Graph.Api.Curation.Inputs;
using Graph.Api.GraphQL.Inputs;
using Graph.Api.GraphQL.Types;
using GraphQL.Types;

namespace Graph.Api.GraphQL.Mutations;

/// <summary>The input of <c>addPaper</c>.</summary>
public sealed class AddPaperInputType : InputObjectGraphType<AddPaperInput>
{
    public AddPaperInputType()
    {
        Name = "AddPaperInput";
        Description = "A new paper; extraction links it to the vocabulary.";
        Field<NonNullGraphType<StringGraphType>>("title").Description("The title (required, at most 1,000 characters).");
        Field<StringGraphType>("abstract").Description("The abstract (at most 50,000 characters).");
        Field<StringGraphType>("arxivId").Description("The arXiv id, e.g. `2106.09685`; the paper's id derives from it.");
        Field<StringGraphType>("url").Description("An http(s) URL of the paper; an arXiv URL supplies the arXiv id.");
        Field<CalendarDateGraphType>("publishedOn").Description("Publication date; not in the future.");
        Field<ListGraphType<NonNullGraphType<StringGraphType>>>("authors").Description("Author names, in order.");
        Field<IntGraphType>("authorCount").Description("Number of authors, when the names are not given.");
        Field<IntGraphType>("upvotes").Description("Upvotes on the listing.");
        Field<StringGraphType>("organization").Description("The publishing organization.");
    }

    public override object ParseDictionary(IDictionary<string, object?> value) => new AddPaperInput(
        InputValues.Get<string>(value, "title") ?? string.Empty,
        InputValues.Get<string>(value, "abstract"),
        InputValues.Get<string>(value, "arxivId"),
        InputValues.Get<string>(value, "url"),
        InputValues.GetStruct<DateOnly>(value, "publishedOn"),
        InputValues.List<string>(value, "authors"),
        InputValues.GetStruct<int>(value, "authorCount"),
        InputValues.GetStruct<int>(value, "upvotes"),
        InputValues.Get<string>(value, "organization"));
}
