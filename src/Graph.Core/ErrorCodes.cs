namespace Graph.Core;

/// <summary>Stable error codes, surfaced to GraphQL clients as <c>extensions.code</c>.</summary>
public static class ErrorCodes
{
    /// <summary>Paging arguments contradict each other or are negative.</summary>
    public const string InvalidPaging = "INVALID_PAGING";

    /// <summary>More items were requested than a page may hold.</summary>
    public const string PageSizeExceeded = "PAGE_SIZE_EXCEEDED";

    /// <summary>A cursor is malformed or belongs to a different ordering.</summary>
    public const string InvalidCursor = "INVALID_CURSOR";

    /// <summary>An argument is out of its allowed range or malformed.</summary>
    public const string InvalidArgument = "INVALID_ARGUMENT";

    /// <summary>A referenced node does not exist.</summary>
    public const string NotFound = "NOT_FOUND";

    /// <summary>A change contradicts the graph or the graph changed under it.</summary>
    public const string Conflict = "CONFLICT";

    /// <summary>A write without a valid credential.</summary>
    public const string Unauthorized = "AUTH_NOT_AUTHENTICATED";

    /// <summary>Input that fails validation.</summary>
    public const string ValidationFailed = "VALIDATION_FAILED";
}
