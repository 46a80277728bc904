using GraphQL;
using GraphQL.Types;

namespace Graph.Api.Tests.Support;

/// <summary>The query root of the test schema: one field for each behaviour the transport must handle.</summary>
public sealed class TestQueryType : ObjectGraphType
{
    /// <summary>The message of <c>boom</c>'s exception, which must never reach a client outside Development.</summary>
    public const string SecretMessage = "connection string Server=db;Password=hunter2 rejected";

    public TestQueryType()
    {
        Name = "Query";
        Description = "Fields that exercise the HTTP transport.";

        Field<NonNullGraphType<StringGraphType>>("hello")
            .Description("Greets someone.")
            .Argument<StringGraphType>("name", arg =>
            {
                arg.Description = "Who to greet.";
                arg.DefaultValue = "world";
            })
            .Resolve(context => $"Hello, {context.GetArgument<string>("name")}!");

        Field<StringGraphType>("boom")
            .Description("Always fails with an exception whose message is confidential.")
            .Resolve(_ => throw new InvalidOperationException(SecretMessage));

        Field<StringGraphType>("slow")
            .Description("Answers after a delay, unless the request is cancelled first.")
            .Argument<NonNullGraphType<IntGraphType>>("milliseconds", arg => arg.Description = "How long to wait.")
            .ResolveAsync(async context =>
            {
                await Task.Delay(context.GetArgument<int>("milliseconds"), context.CancellationToken);
                return (object?)"done";
            });
    }
}
