using Graph.Api.GraphQL.Types;
using Graph.Core.Domain;

namespace Graph.Api.GraphQL.Mutations;

/// <summary>The payload of <c>mergeEntities</c>.</summary>
public sealed class MergeEntitiesPayloadType : PayloadType<Entity>
{
    public MergeEntitiesPayloadType()
        : base("MergeEntitiesPayload", "The surviving term, or why nothing was merged.") =>
        Field<TermInterface>("survivor").Description("The term that stays, with the other's names among its aliases.").Resolve(c => c.Source.Value);
}
