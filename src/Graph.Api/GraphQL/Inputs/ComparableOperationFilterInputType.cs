using Graph.Core.Querying;
using GraphQL.Types;

namespace Graph.Api.GraphQL.Inputs;

/// <summary>HotChocolate's comparable operation filters: conditions on a number or a date.</summary>
public abstract class ComparableOperationFilterInputType<T, TScalar> : InputObjectGraphType<ComparableFilter<T>>
    where T : struct, IComparable<T>
    where TScalar : ScalarGraphType
{
    protected ComparableOperationFilterInputType(string name, string noun)
    {
        Name = name;
        Description = $"Conditions on a {noun}, all of which must hold. A missing value matches only `neq` and `nin`.";
        Field<TScalar>("eq").Description("Equal to.");
        Field<TScalar>("neq").Description("Not equal to.");
        Field<ListGraphType<NonNullGraphType<TScalar>>>("in").Description("One of.");
        Field<ListGraphType<NonNullGraphType<TScalar>>>("nin").Description("None of.");
        Field<TScalar>("gt").Description("Greater than.");
        Field<TScalar>("gte").Description("Greater than or equal to.");
        Field<TScalar>("lt").Description("Less than.");
        Field<TScalar>("lte").Description("Less than or equal to.");
    }

    public override object ParseDictionary(IDictionary<string, object?> value) => new ComparableFilter<T>
    {
        Eq = InputValues.GetStruct<T>(value, "eq"),
        Neq = InputValues.GetStruct<T>(value, "neq"),
        In = InputValues.List<T>(value, "in"),
        Nin = InputValues.List<T>(value, "nin"),
        Gt = InputValues.GetStruct<T>(value, "gt"),
        Gte = InputValues.GetStruct<T>(value, "gte"),
        Lt = InputValues.GetStruct<T>(value, "lt"),
        Lte = InputValues.GetStruct<T>(value, "lte"),
    };
}

/// <summary>Conditions on an integer.</summary>
public sealed class IntOperationFilterInputType() : ComparableOperationFilterInputType<int, IntGraphType>("IntOperationFilterInput", "number");

/// <summary>Conditions on a date.</summary>
public sealed class DateOperationFilterInputType() : ComparableOperationFilterInputType<DateOnly, Types.CalendarDateGraphType>("DateOperationFilterInput", "date");
