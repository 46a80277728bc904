namespace Graph.Core.Curation;

/// <summary>Who is making a change and when, recorded with it.</summary>
public sealed record ChangeContext(string Actor, DateTimeOffset At, string Summary);
