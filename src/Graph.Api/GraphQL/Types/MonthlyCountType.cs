using System.Globalization;
using Graph.Core.Traversals;
using GraphQL.Types;

namespace Graph.Api.GraphQL.Types;

/// <summary>Papers in one month.</summary>
public sealed class MonthlyCountType : ObjectGraphType<MonthlyCount>
{
    public MonthlyCountType()
    {
        Name = "MonthlyCount";
        Description = "The number of papers published in one calendar month.";
        Field<NonNullGraphType<StringGraphType>>("month")
            .Description("The month, `yyyy-MM`.")
            .Resolve(c => string.Create(CultureInfo.InvariantCulture, $"{c.Source.Year:D4}-{c.Source.Month:D2}"));
        Field<NonNullGraphType<IntGraphType>>("papers").Description("Papers published that month.").Resolve(c => c.Source.Papers);
    }
}
