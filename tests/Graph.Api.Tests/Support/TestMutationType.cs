using GraphQL;
using GraphQL.Types;

namespace Graph.Api.Tests.Support;

/// <summary>The mutation root of the test schema, to check that mutations run over POST only.</summary>
public sealed class TestMutationType : ObjectGraphType
{
    public TestMutationType()
    {
        Name = "Mutation";
        Description = "Writes, which must never run over GET.";

        Field<NonNullGraphType<StringGraphType>>("shout")
            .Description("Returns its text in capitals.")
            .Argument<NonNullGraphType<StringGraphType>>("text", arg => arg.Description = "What to shout.")
            .Resolve(context => context.GetArgument<string>("text").ToUpperInvariant());
    }
}
