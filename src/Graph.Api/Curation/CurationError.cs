namespace Graph.Api.Curation;

/// <summary>Why a change was not made. Each kind is a GraphQL error type in mutation payloads.</summary>
public abstract record CurationError(string Code, string Message);

/// <summary>An input field is invalid.</summary>
public sealed record InvalidFieldFailure(string Field, string Code, string Message) : CurationError(Code, Message);

/// <summary>A node the change refers to does not exist.</summary>
public sealed record NotFoundFailure(string Id, string Message) : CurationError("NOT_FOUND", Message);

/// <summary>The change contradicts the graph, or the graph changed under it.</summary>
public sealed record ConflictFailure(string Message) : CurationError("CONFLICT", Message);
