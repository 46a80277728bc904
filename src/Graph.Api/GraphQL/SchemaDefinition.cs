using GraphQL;
using GraphQL.Types;
using GraphQL.Utilities;

namespace Graph.Api.GraphQL;

/// <summary>The schema's SDL, as published in <c>schema/schema.graphql</c> and printed by <c>graph schema</c>.</summary>
public static class SchemaDefinition
{
    /// <summary>Builds the schema on its own (no store needed) and prints it with descriptions.</summary>
    public static string Print()
    {
        var services = new ServiceCollection();
        services.AddGraphQL(graphql => graphql.AddSchema<GraphSchema>().AddGraphTypes(typeof(GraphSchema).Assembly));
        using var provider = services.BuildServiceProvider();
        var schema = provider.GetRequiredService<ISchema>();
        schema.Initialize();
        return schema.Print(new PrintOptions { IncludeDescriptions = true, IncludeDeprecationReasons = true }).Replace("\r\n", "\n", StringComparison.Ordinal).TrimEnd() + "\n";
    }
}
