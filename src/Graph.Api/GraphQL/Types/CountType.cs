using GraphQL.Types;

namespace Graph.Api.GraphQL.Types;

/// <summary>A named count: nodes of a label or relationships of a type.</summary>
public sealed class CountType : ObjectGraphType<KeyValuePair<string, long>>
{
    public CountType()
    {
        Name = "Count";
        Description = "How many nodes carry a label, or how many relationships have a type.";
        Field<NonNullGraphType<StringGraphType>>("name").Description("The label or relationship type, as in Cypher.").Resolve(c => c.Source.Key);
        Field<NonNullGraphType<IntGraphType>>("count").Description("How many.").Resolve(c => checked((int)c.Source.Value));
    }
}
