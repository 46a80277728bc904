using System.Net;

namespace Graph.Storage.Neo4j;

/// <summary>
/// Neo4j refused a request. The message names the Neo4j status code, the HTTP status and the statement, never
/// the parameter values; the server's own message, which may quote values, is kept apart in
/// <see cref="ServerMessage"/> and not logged by default.
/// </summary>
public sealed class Neo4jException : Exception
{
    /// <summary>Creates the exception for a failed request.</summary>
    public Neo4jException(string code, HttpStatusCode status, string statement, string? serverMessage, Exception? inner = null)
        : base($"Neo4j answered {code} (HTTP {(int)status}) to '{statement}'.", inner)
    {
        Code = code;
        Status = status;
        Statement = statement;
        ServerMessage = serverMessage;
    }

    /// <summary>The Neo4j status code (<c>Neo.ClientError.Statement.SyntaxError</c>), or <c>Http.NNN</c> without one.</summary>
    public string Code { get; }

    /// <summary>The HTTP status of the response.</summary>
    public HttpStatusCode Status { get; }

    /// <summary>The catalogue name of the statement (or the transaction step) that failed.</summary>
    public string Statement { get; }

    /// <summary>The server's message. It may quote parameter values: keep it out of logs.</summary>
    public string? ServerMessage { get; }

    /// <summary>
    /// True when trying the whole unit of work again may succeed: Neo4j's transient errors (deadlocks, a leader
    /// switch, an unavailable database) and HTTP 429 and 503, but not a transaction terminated on purpose.
    /// </summary>
    public bool IsTransient =>
        (Code.StartsWith("Neo.TransientError.", StringComparison.Ordinal) &&
         Code is not ("Neo.TransientError.Transaction.Terminated" or "Neo.TransientError.Transaction.LockClientStopped")) ||
        Code == "Neo.ClientError.Cluster.NotALeader" ||
        Status is HttpStatusCode.ServiceUnavailable or HttpStatusCode.TooManyRequests;

    /// <summary>True when a uniqueness or other schema constraint refused the write.</summary>
    public bool IsConstraintViolation => Code == "Neo.ClientError.Schema.ConstraintValidationFailed";
}
