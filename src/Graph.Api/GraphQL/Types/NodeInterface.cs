using GraphQL.Types;

namespace Graph.Api.GraphQL.Types;

/// <summary>Relay's <c>Node</c>: every entity type has an opaque global id that <c>node(id)</c> refetches.</summary>
public sealed class NodeInterface : InterfaceGraphType
{
    public NodeInterface()
    {
        Name = "Node";
        Description = "An object with a global id, refetchable with `node(id:)`.";
        Field<NonNullGraphType<IdGraphType>>("id").Description("The opaque global id.");
    }
}
