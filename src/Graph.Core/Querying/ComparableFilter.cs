namespace Graph.Core.Querying;

/// <summary>Conditions on an ordered value (a number or a date), combined with AND.</summary>
/// <remarks>A missing value satisfies only <see cref="Neq"/> and <see cref="Nin"/>.</remarks>
public sealed record ComparableFilter<T>
    where T : struct, IComparable<T>
{
    /// <summary>Equal to.</summary>
    public T? Eq { get; init; }

    /// <summary>Not equal to.</summary>
    public T? Neq { get; init; }

    /// <summary>One of.</summary>
    public IReadOnlyList<T>? In { get; init; }

    /// <summary>None of.</summary>
    public IReadOnlyList<T>? Nin { get; init; }

    /// <summary>Greater than.</summary>
    public T? Gt { get; init; }

    /// <summary>Greater than or equal to.</summary>
    public T? Gte { get; init; }

    /// <summary>Less than.</summary>
    public T? Lt { get; init; }

    /// <summary>Less than or equal to.</summary>
    public T? Lte { get; init; }
}
