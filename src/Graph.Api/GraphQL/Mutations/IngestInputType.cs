using Graph.Api.Curation.Inputs;
using Graph.Api.GraphQL.Inputs;
using GraphQL.Types;

namespace Graph.Api.GraphQL.Mutations;

/// <summary>The input of <c>ingest</c>.</summary>
public sealed class IngestInputType : InputObjectGraphType<IngestInput>
{
    public IngestInputType()
    {
        Name = "IngestInput";
        Description = "A listing: Daily Papers page text, daily-papers API JSON or Graph NDJSON (picked from the content).";
        Field<NonNullGraphType<StringGraphType>>("text").Description($"The listing (at most {Curation.GraphCurator.MaxIngestPapers} papers).");
        Field<IntGraphType>("year").Description("The year of a Daily Papers page, for dates shown without one.");
    }

    public override object ParseDictionary(IDictionary<string, object?> value) => new IngestInput(
        InputValues.Get<string>(value, "text") ?? string.Empty, InputValues.GetStruct<int>(value, "year"));
}
