using Graph.Api.Curation;
using Graph.Api.GraphQL.Types;
using GraphQL.Types;

namespace Graph.Api.GraphQL.Mutations;

/// <summary>The payload of <c>ingest</c>.</summary>
public sealed class IngestPayloadType : PayloadType<IngestOutcome>
{
    public IngestPayloadType()
        : base("IngestPayload", "What the listing loaded, or why nothing was loaded.")
    {
        Field<StringGraphType>("format").Description("The format the listing was read as.").Resolve(c => c.Source.Value?.Format.ToString());
        Field<IntGraphType>("papers").Description("Papers added or replaced.").Resolve(c => c.Source.Value?.Papers);
        Field<ListGraphType<NonNullGraphType<CountType>>>("links")
            .Description("Links made, by kind.")
            .Resolve(c => c.Source.Value?.LinksByKind.Select(p => new KeyValuePair<string, long>(p.Key.ToString(), p.Value)).ToList());
        Field<ListGraphType<NonNullGraphType<StringGraphType>>>("notes").Description("Assumptions the reader made (an inferred page year).").Resolve(c => c.Source.Value?.Notes);
    }
}
