namespace Graph.Core.Traversals;

/// <summary>Papers published in one calendar month.</summary>
public sealed record MonthlyCount(int Year, int Month, int Papers);
