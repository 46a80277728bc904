namespace Graph.Core.Curation;

/// <summary>A change could not apply because the graph changed under it or it contradicts the graph.</summary>
/// <remarks>Its message is safe to show to clients; <see cref="Code"/> is <c>CONFLICT</c> or <c>NOT_FOUND</c>.</remarks>
public sealed class CurationConflictException(string code, string message) : Exception(message)
{
    /// <summary>The stable error code.</summary>
    public string Code { get; } = code;
}
