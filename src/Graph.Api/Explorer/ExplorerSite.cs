using System.Net;
using Graph.Api.Http;
using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Options;

namespace Graph.Api.Explorer;

/// <summary>
/// Serves the Explorer that the build copied from <c>src/Graph.Explorer/dist</c>: its files as they are, and its
/// index page for every other page path, so that the single-page app's own routes (<c>/paper/arxiv:2106.09685</c>)
/// survive a reload or a shared link.
/// </summary>
internal sealed class ExplorerSite
{
    private const string IndexFile = "index.html";
    private const string ImmutableCaching = "public, max-age=31536000, immutable";
    private const string Revalidate = "no-cache";

    // Scripts only from this origin; styles may be inline because cytoscape.js adds one small <style> element.
    private const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; " +
        "connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    /// <summary>Vite writes content-hashed file names under this folder, so they can be cached for good.</summary>
    private static readonly PathString HashedAssets = "/assets";

    public ExplorerSite(IOptions<ExplorerOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        Enabled = options.Value.Enabled;
        AssetsPath = options.Value.ResolvedAssetsPath;
    }

    public bool Enabled { get; }

    public string AssetsPath { get; }

    public bool IsBuilt => File.Exists(Path.Combine(AssetsPath, IndexFile));

    /// <summary>The handler of every GET or HEAD that no other endpoint claimed.</summary>
    public RequestDelegate CreateHandler(IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        if (!IsBuilt)
        {
            return NotBuiltAsync;
        }

        var files = new PhysicalFileProvider(AssetsPath);
        var app = endpoints.CreateApplicationBuilder();
        app.Use((context, next) =>
        {
            // The static file middleware serves only requests that no endpoint claimed, as in MapFallbackToFile.
            context.SetEndpoint(null);
            var request = context.Request;
            if (!files.GetFileInfo(request.Path.Value ?? "/").Exists)
            {
                if (!IsPageRequest(request))
                {
                    context.Response.StatusCode = StatusCodes.Status404NotFound;
                    return Task.CompletedTask;
                }

                request.Path = "/" + IndexFile;
            }

            return next(context);
        });
        app.UseStaticFiles(new StaticFileOptions
        {
            FileProvider = files,
            ContentTypeProvider = new FileExtensionContentTypeProvider(),
            OnPrepareResponse = file =>
            {
                var response = file.Context.Response;
                var headers = response.Headers;
                headers.XContentTypeOptions = "nosniff";
                headers.CacheControl = file.Context.Request.Path.StartsWithSegments(HashedAssets) ? ImmutableCaching : Revalidate;
                if (file.File.Name == IndexFile)
                {
                    headers.ContentSecurityPolicy = ContentSecurityPolicy;
                    headers["Referrer-Policy"] = "same-origin";
                }
            },
        });
        app.Run(context =>
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            return Task.CompletedTask;
        });
        return app.Build();
    }

    /// <summary>
    /// A page of the app rather than a missing file: never under <c>/assets</c>, and either asked for by a browser
    /// (paper ids such as <c>arxiv:2106.09685</c> look like file names) or without a file extension.
    /// </summary>
    private static bool IsPageRequest(HttpRequest request) =>
        !request.Path.StartsWithSegments(HashedAssets)
        && (ResponseMediaTypeNegotiator.AcceptsHtml(request.Headers.Accept) || !Path.HasExtension(request.Path.Value));

    private Task NotBuiltAsync(HttpContext context)
    {
        var response = context.Response;
        response.StatusCode = StatusCodes.Status503ServiceUnavailable;
        response.ContentType = "text/html; charset=utf-8";
        response.Headers.CacheControl = "no-store";
        response.Headers.XContentTypeOptions = "nosniff";
        var html = $"""
            <!doctype html>
            <html lang="en">
            <head><meta charset="utf-8"><title>Graph Explorer is not built</title></head>
            <body>
            <main>
            <h1>The Explorer is not built</h1>
            <p>This server has no Explorer files in <code>{WebUtility.HtmlEncode(AssetsPath)}</code>. Build Graph.Api with
            Node.js and npm on PATH (see <code>.ci/install-test-deps.sh</code>) to build it.</p>
            <p>The GraphQL API and its IDE are at <a href="/graphql">/graphql</a>.</p>
            </main>
            </body>
            </html>
            """;
        return HttpMethods.IsHead(context.Request.Method) ? Task.CompletedTask : response.WriteAsync(html, context.RequestAborted);
    }
}
