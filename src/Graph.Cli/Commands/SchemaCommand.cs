using Graph.Api.GraphQL;
using Spectre.Console.Cli;

namespace Graph.Cli.Commands;

/// <summary><c>graph schema</c>: prints the server's GraphQL schema (SDL), the same as schema/schema.graphql.</summary>
internal sealed class SchemaCommand : Command
{
    public override int Execute(CommandContext context, CancellationToken cancellationToken)
    {
        // Plain standard output, not the console abstraction: the SDL must not be wrapped or styled.
        Console.Out.Write(SchemaDefinition.Print());
        return ExitCodes.Ok;
    }
}
