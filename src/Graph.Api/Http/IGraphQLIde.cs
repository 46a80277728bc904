
namespace Graph.Api.Http;

/// <summary>
/// A GraphQL IDE for browsers that navigate to the endpoint (a GET that accepts text/html and has no
/// <c>query</c>). Attached to the endpoint as metadata, so the transport needs no knowledge of any one IDE.
/// </summary>
public interface IGraphQLIde
{
    /// <summary>Answers the browser's request for the IDE.</summary>
    Task ServeAsync(HttpContext context);
}
