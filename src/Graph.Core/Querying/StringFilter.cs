namespace Graph.Core.Querying;

/// <summary>Conditions on a text value, combined with AND. Comparisons are exact and case-sensitive except
/// <see cref="Contains"/> and <see cref="StartsWith"/>, which ignore ASCII case.</summary>
/// <remarks>A missing value satisfies only <see cref="Neq"/> and <see cref="Nin"/>.</remarks>
public sealed record StringFilter
{
    /// <summary>Equal to.</summary>
    public string? Eq { get; init; }

    /// <summary>Not equal to.</summary>
    public string? Neq { get; init; }

    /// <summary>One of.</summary>
    public IReadOnlyList<string>? In { get; init; }

    /// <summary>None of.</summary>
    public IReadOnlyList<string>? Nin { get; init; }

    /// <summary>Contains, ignoring ASCII case.</summary>
    public string? Contains { get; init; }

    /// <summary>Starts with, ignoring ASCII case.</summary>
    public string? StartsWith { get; init; }
}
