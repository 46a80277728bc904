using Graph.Api.Curation.Inputs;
using Graph.Api.GraphQL.Inputs;
using Graph.Api.GraphQL.Types;
using GraphQL.Types;

namespace Graph.Api.GraphQL.Mutations;

/// <summary>The input of <c>updatePaper</c>.</summary>
public sealed class UpdatePaperInputType : InputObjectGraphType<UpdatePaperInput>
{
    public UpdatePaperInputType()
    {
        Name = "UpdatePaperInput";
        Description = "New values for some fields of a paper; omitted fields keep their value. A new title or abstract is re-extracted; curated links stay.";
        Field<NonNullGraphType<IdGraphType>>("id").Description("The paper's global id.");
        Field<StringGraphType>("title").Description("New title.");
        Field<StringGraphType>("abstract").Description("New abstract.");
        Field<CalendarDateGraphType>("publishedOn").Description("New publication date.");
        Field<IntGraphType>("authorCount").Description("New author count.");
        Field<IntGraphType>("upvotes").Description("New upvote count.");
        Field<StringGraphType>("organization").Description("New organization.");
    }

    public override object ParseDictionary(IDictionary<string, object?> value) => new UpdatePaperInput(
        InputValues.Get<string>(value, "id") ?? string.Empty,
        InputValues.Get<string>(value, "title"),
        InputValues.Get<string>(value, "abstract"),
        InputValues.GetStruct<DateOnly>(value, "publishedOn"),
        InputValues.GetStruct<int>(value, "authorCount"),
        InputValues.GetStruct<int>(value, "upvotes"),
        InputValues.Get<string>(value, "organization"));
}
