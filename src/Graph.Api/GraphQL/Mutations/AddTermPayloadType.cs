using Graph.Api.Curation;
using Graph.Api.GraphQL.Types;
using GraphQL.Types;

namespace Graph.Api.GraphQL.Mutations;

/// <summary>The payload of <c>addMethod</c>, <c>addDataset</c>, <c>addTopic</c> and <c>addModel</c>.</summary>
public sealed class AddTermPayloadType : PayloadType<TermAdded>
{
    public AddTermPayloadType()
        : base("AddTermPayload", "The new term, or why it was not added.")
    {
        Field<TermInterface>("term").Description("The new term; null when the mutation failed.").Resolve(c => c.Source.Value?.Term);
        Field<IntGraphType>("relinkedPapers").Description("How many papers were linked to it by `relink`.").Resolve(c => c.Source.Value?.RelinkedPapers);
    }
}
