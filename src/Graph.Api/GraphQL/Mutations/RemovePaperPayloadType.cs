using GraphQL.Types;

namespace Graph.Api.GraphQL.Mutations;

/// <summary>The payload of <c>removePaper</c>.</summary>
public sealed class RemovePaperPayloadType : PayloadType<string>
{
    public RemovePaperPayloadType()
        : base("RemovePaperPayload", "The removed paper's id, or why it was not removed.") =>
        Field<IdGraphType>("removedId").Description("The global id of the removed paper; null when the mutation failed.").Resolve(c => c.Source.Value);
}
