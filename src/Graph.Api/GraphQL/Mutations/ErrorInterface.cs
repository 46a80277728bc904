using GraphQL.Types;

namespace Graph.Api.GraphQL.Mutations;

/// <summary>What every mutation error has: a stable code and a message for people.</summary>
public sealed class ErrorInterface : InterfaceGraphType
{
    public ErrorInterface()
    {
        Name = "Error";
        Description = "Why a mutation did not change the graph. Nothing was written when a payload has errors.";
        Field<NonNullGraphType<StringGraphType>>("code").Description("A stable code, e.g. `REQUIRED`, `NOT_FOUND`, `CONFLICT`.");
        Field<NonNullGraphType<StringGraphType>>("message").Description("What is wrong, for people.");
    }
}
