namespace Graph.Core;

/// <summary>A query the caller got wrong: bad paging, a malformed cursor, an argument out of range.</summary>
/// <remarks>Its message is safe to show to clients; <see cref="Code"/> is one of <see cref="ErrorCodes"/>.</remarks>
public sealed class GraphQueryException(string code, string message) : Exception(message)
{
    /// <summary>The stable error code.</summary>
    public string Code { get; } = code;
}
