using GraphQL.Types;

namespace Graph.Api.Tests.Support;

/// <summary>A tiny schema for transport tests, independent of the real one.</summary>
public sealed class TestSchema : Schema
{
    public TestSchema(IServiceProvider services)
        : base(services)
    {
        Query = new TestQueryType();
        Mutation = new TestMutationType();
    }
}
