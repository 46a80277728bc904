using Graph.Core.Querying;
using GraphQL.Types;

namespace Graph.Api.GraphQL.Inputs;

/// <summary>HotChocolate's <c>SortEnumType</c>: <c>ASC</c> or <c>DESC</c>.</summary>
public sealed class SortEnumType : EnumerationGraphType<SortDirection>
{
    public SortEnumType()
    {
        Name = "SortEnumType";
        Description = "Sort direction. Missing values sort last either way; ties are broken by graph id.";
    }
}
