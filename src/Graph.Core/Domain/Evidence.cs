namespace Graph.Core.Domain;

/// <summary>Where a mention was found: a span of a paper's title or abstract.</summary>
/// <param name="Field">Title or abstract.</param>
/// <param name="Start">Offset of the first character (UTF-16 code units).</param>
/// <param name="End">Offset one past the last character.</param>
/// <param name="Text">The exact text of the span.</param>
public sealed record Evidence(TextField Field, int Start, int End, string Text);
