namespace Graph.Api.Http;

/// <summary>Stable <c>extensions.code</c> values of the errors the HTTP transport itself returns.</summary>
/// <remarks>Errors raised while parsing, validating or executing a document keep GraphQL.NET's own codes.</remarks>
public static class GraphQLHttpErrorCodes
{
    /// <summary>The body is not JSON, or is empty (400).</summary>
    public const string InvalidJson = "INVALID_JSON";

    /// <summary>The body or query string is JSON but not a valid GraphQL request: a parameter is missing or of the wrong type (400).</summary>
    public const string InvalidRequest = "INVALID_REQUEST";

    /// <summary>The body is a JSON array: batched requests are not supported (400).</summary>
    public const string BatchingNotSupported = "BATCHING_NOT_SUPPORTED";

    /// <summary>The HTTP method is not allowed, or a mutation was sent over GET (405).</summary>
    public const string MethodNotAllowed = "METHOD_NOT_ALLOWED";

    /// <summary>The Accept header allows neither GraphQL response media type (406).</summary>
    public const string NotAcceptable = "NOT_ACCEPTABLE";

    /// <summary>The client took longer than allowed to send its body (408).</summary>
    public const string RequestTimeout = "REQUEST_TIMEOUT";

    /// <summary>The body is larger than <see cref="GraphQLHttpOptions.MaxRequestBytes"/> (413).</summary>
    public const string RequestTooLarge = "REQUEST_TOO_LARGE";

    /// <summary>The document is longer than <see cref="GraphQLHttpOptions.MaxQueryLength"/> (413).</summary>
    public const string QueryTooLong = "QUERY_TOO_LONG";

    /// <summary>A POST body is not <c>application/json</c> in UTF-8 (415).</summary>
    public const string UnsupportedMediaType = "UNSUPPORTED_MEDIA_TYPE";

    /// <summary>
    /// Execution took longer than the timeout configured with <c>AddGraphQL(b => b.WithTimeout(...))</c> (504); the same
    /// code GraphQL.NET gives its own timeout error.
    /// </summary>
    public const string Timeout = "TIMEOUT";

    /// <summary>The server failed unexpectedly; details are logged, never sent (500).</summary>
    public const string InternalServerError = "INTERNAL_SERVER_ERROR";
}
