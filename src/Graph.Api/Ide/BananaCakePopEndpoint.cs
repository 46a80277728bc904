using Graph.Api.Http;

namespace Graph.Api.Ide;

/// <summary>Banana Cake Pop as attached to one GraphQL endpoint, and the handler of the files below it.</summary>
internal sealed class BananaCakePopEndpoint(bool installed, RequestDelegate assets, RequestDelegate notInstalled) : IGraphQLIde
{
    /// <summary>Serves <c>{endpoint}/{**path}</c>: the page, <c>bcp-config.json</c> and the static files.</summary>
    public RequestDelegate Assets { get; } = assets;

    public Task ServeAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (!installed)
        {
            return notInstalled(context);
        }

        // Routing matches the endpoint with and without a trailing slash. The page needs the slash because its
        // scripts load relative to it; Found, not Moved Permanently, so browsers forget it if the IDE is turned off.
        var request = context.Request;
        if (!request.Path.Value!.EndsWith('/'))
        {
            context.Response.Redirect(request.PathBase + request.Path + "/" + request.QueryString);
            return Task.CompletedTask;
        }

        return Assets(context);
    }
}
