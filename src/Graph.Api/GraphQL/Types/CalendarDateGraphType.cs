using GraphQL.Types;

namespace Graph.Api.GraphQL.Types;

/// <summary>A calendar date, <c>yyyy-MM-dd</c>, named <c>Date</c> as HotChocolate names it.</summary>
public sealed class CalendarDateGraphType : DateOnlyGraphType
{
    public CalendarDateGraphType()
    {
        Name = "Date";
        Description = "A calendar date in ISO 8601 form, `yyyy-MM-dd`.";
    }
}
