using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Options;

namespace Graph.Api.Ide;

/// <summary>
/// Serves the Banana Cake Pop files that the build copied from <c>@chillicream/bananacakepop-graphql-ide</c>, the way
/// ChilliCream's own middleware hosts them: the page at the endpoint's path plus a slash (its scripts load relative to
/// it), a <c>bcp-config.json</c> beside it, and the endpoint itself for GraphQL.
/// </summary>
internal sealed class BananaCakePopIde
{
    /// <summary>The catch-all route parameter of the files below the endpoint.</summary>
    public const string AssetPathParameter = "path";

    private const string IndexFile = "index.html";
    private const string ConfigFile = "bcp-config.json";
    private const string ImmutableCaching = "public, max-age=31536000, immutable";
    private const string Revalidate = "no-cache";

    private static readonly JsonSerializerOptions ConfigJsonOptions = new() { DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull };

    private readonly byte[] _config;

    public BananaCakePopIde(IOptions<BananaCakePopOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var value = options.Value;
        Enabled = value.Enabled;
        AssetsPath = value.ResolvedAssetsPath;
        _config = JsonSerializer.SerializeToUtf8Bytes(
            new BananaCakePopConfiguration
            {
                Title = value.Title,
                GraphQLDocument = string.IsNullOrWhiteSpace(value.Document) ? null : value.Document,
                DisableTelemetry = !value.EnableTelemetry,
                IncludeCookies = value.IncludeCookies,
            },
            ConfigJsonOptions);
    }

    public bool Enabled { get; }

    public string AssetsPath { get; }

    public bool IsInstalled => File.Exists(Path.Combine(AssetsPath, IndexFile));

    /// <summary>The IDE for one GraphQL endpoint; its <see cref="BananaCakePopEndpoint.Assets"/> go below it.</summary>
    public BananaCakePopEndpoint CreateEndpoint(IEndpointRouteBuilder endpoints) =>
        new(IsInstalled, CreateAssetsHandler(endpoints), NotInstalledAsync);

    /// <summary>
    /// The handler of <c>{endpoint}/{**path}</c>: the page, its configuration and its static files. It works from the
    /// <c>path</c> route value alone, so the endpoint may sit under any prefix or route group.
    /// </summary>
    private RequestDelegate CreateAssetsHandler(IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        if (!IsInstalled)
        {
            return NotInstalledAsync;
        }

        var contentTypes = new FileExtensionContentTypeProvider();
        contentTypes.Mappings[".webmanifest"] = "application/manifest+json";

        var app = endpoints.CreateApplicationBuilder();
        app.Use((context, next) =>
        {
            // Empty when the GraphQL endpoint itself hands a browser over, at {endpoint}/.
            var path = context.GetRouteValue(AssetPathParameter) as string;
            if (path == ConfigFile)
            {
                return WriteConfigAsync(context);
            }

            // The static file middleware serves only requests that no endpoint claimed, so the claim is dropped
            // and the path made relative to the IDE's folder, as ASP.NET Core's own MapFallbackToFile does.
            context.Request.Path = "/" + (string.IsNullOrEmpty(path) ? IndexFile : path);
            context.SetEndpoint(null);
            return next(context);
        });
        app.UseStaticFiles(new StaticFileOptions
        {
            FileProvider = new PhysicalFileProvider(AssetsPath),
            ContentTypeProvider = contentTypes,
            OnPrepareResponse = file =>
            {
                // Files under static/ carry a content hash in their names; everything else may change on upgrade.
                var headers = file.Context.Response.Headers;
                headers.CacheControl = file.Context.Request.Path.StartsWithSegments("/static") ? ImmutableCaching : Revalidate;
                headers.XContentTypeOptions = "nosniff";
            },
        });
        app.Run(context =>
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            return Task.CompletedTask;
        });
        return app.Build();
    }

    private async Task WriteConfigAsync(HttpContext context)
    {
        var response = context.Response;
        response.ContentType = "application/json; charset=utf-8";
        response.Headers.CacheControl = Revalidate;
        response.ContentLength = _config.Length;
        if (!HttpMethods.IsHead(context.Request.Method))
        {
            await response.Body.WriteAsync(_config, context.RequestAborted);
        }
    }

    private Task NotInstalledAsync(HttpContext context)
    {
        context.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
        context.Response.ContentType = "text/plain; charset=utf-8";
        context.Response.Headers.CacheControl = "no-store";
        return context.Response.WriteAsync(
            $"Banana Cake Pop is not installed in {AssetsPath}. Build Graph.Api with npm on PATH to install it.",
            context.RequestAborted);
    }
}
