using Graph.Core.Querying;
using GraphQL.Types;

namespace Graph.Api.GraphQL.Inputs;

/// <summary>HotChocolate's <c>StringOperationFilterInput</c>: conditions on a text field.</summary>
public sealed class StringOperationFilterInputType : InputObjectGraphType<StringFilter>
{
    public StringOperationFilterInputType()
    {
        Name = "StringOperationFilterInput";
        Description = "Conditions on a text field, all of which must hold. `contains` and `startsWith` ignore ASCII case; a missing value matches only `neq` and `nin`.";
        Field<StringGraphType>("eq").Description("Equal to.");
        Field<StringGraphType>("neq").Description("Not equal to.");
        Field<ListGraphType<NonNullGraphType<StringGraphType>>>("in").Description("One of.");
        Field<ListGraphType<NonNullGraphType<StringGraphType>>>("nin").Description("None of.");
        Field<StringGraphType>("contains").Description("Contains, ignoring ASCII case.");
        Field<StringGraphType>("startsWith").Description("Starts with, ignoring ASCII case.");
    }

    public override object ParseDictionary(IDictionary<string, object?> value) => new StringFilter
    {
        Eq = InputValues.Get<string>(value, "eq"),
        Neq = InputValues.Get<string>(value, "neq"),
        In = InputValues.List<string>(value, "in"),
        Nin = InputValues.List<string>(value, "nin"),
        Contains = InputValues.Get<string>(value, "contains"),
        StartsWith = InputValues.Get<string>(value, "startsWith"),
    };
}
