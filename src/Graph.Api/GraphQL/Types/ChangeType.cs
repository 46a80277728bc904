using Graph.Core.Curation;
using GraphQL.Types;

namespace Graph.Api.GraphQL.Types;

/// <summary>One entry of the audit trail.</summary>
public sealed class ChangeType : ObjectGraphType<ChangeRecord>
{
    public ChangeType()
    {
        Name = "Change";
        Description = "A change to the graph: who made it, when, and what it touched.";
        Field<NonNullGraphType<StringGraphType>>("sequence").Description("Position in the audit trail, increasing (a string: it may exceed 2^53).").Resolve(c => c.Source.Sequence.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Field<NonNullGraphType<DateTimeOffsetGraphType>>("at").Description("When it was applied (UTC).").Resolve(c => c.Source.At);
        Field<NonNullGraphType<StringGraphType>>("actor").Description("Who made it (the credential's name).").Resolve(c => c.Source.Actor);
        Field<NonNullGraphType<StringGraphType>>("operation").Description("The mutation, e.g. `linkPaper`.").Resolve(c => c.Source.Operation);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("targets").Description("Graph ids of the nodes it touched.").Resolve(c => c.Source.Targets);
        Field<NonNullGraphType<StringGraphType>>("summary").Description("What changed, for people.").Resolve(c => c.Source.Summary);
    }
}
