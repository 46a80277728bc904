
namespace Graph.Api.Http;

/// <summary>A request the transport refuses before execution, with the status and code it answers with.</summary>
internal sealed record GraphQLHttpError(int StatusCode, string Code, string Message)
{
    /// <summary>The methods to list in the Allow header of a 405.</summary>
    public string? Allow { get; init; }

    public static GraphQLHttpError InvalidJson(string message) =>
        new(StatusCodes.Status400BadRequest, GraphQLHttpErrorCodes.InvalidJson, message);

    public static GraphQLHttpError InvalidRequest(string message) =>
        new(StatusCodes.Status400BadRequest, GraphQLHttpErrorCodes.InvalidRequest, message);

    public static GraphQLHttpError MethodNotAllowed(string message, string allow) =>
        new(StatusCodes.Status405MethodNotAllowed, GraphQLHttpErrorCodes.MethodNotAllowed, message) { Allow = allow };
}
