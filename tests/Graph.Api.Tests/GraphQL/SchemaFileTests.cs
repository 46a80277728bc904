using Graph.Api.GraphQL;
using Graph.Tests.Shared;
using GraphQL;
using GraphQL.Types;
using GraphQL.Utilities;
using Microsoft.Extensions.DependencyInjection;

namespace Graph.Api.Tests.GraphQL;

/// <summary>schema/schema.graphql is the published contract: it must be exactly what the server serves.</summary>
public class SchemaFileTests(GraphApiFixture api) : IClassFixture<GraphApiFixture>
{
    private static readonly string SchemaFile = Path.Combine(RepoPaths.Root, "schema", "schema.graphql");

    [Fact]
    public void ServedSchema_MatchesCheckedInFile()
    {
        var served = api.Services.GetRequiredService<ISchema>()
            .Print(new PrintOptions { IncludeDescriptions = true, IncludeDeprecationReasons = true })
            .Replace("\r\n", "\n", StringComparison.Ordinal).TrimEnd() + "\n";

        Assert.True(
            served == File.ReadAllText(SchemaFile),
            "schema/schema.graphql differs from the served schema; regenerate it with: dotnet run --project src/Graph.Cli -- schema > schema/schema.graphql");
    }

    [Fact]
    public void SchemaDefinition_PrintsTheServedSchema() =>
        Assert.Equal(File.ReadAllText(SchemaFile), SchemaDefinition.Print());
}
