namespace Graph.Api.Explorer;

/// <summary>Maps the Explorer at the site root.</summary>
public static class ExplorerEndpointRouteBuilderExtensions
{
    /// <summary>
    /// Serves the Explorer's files and answers every other page path with its index page, as the route of last resort:
    /// any endpoint mapped elsewhere (<c>/graphql</c>, <c>/healthz</c>, <c>/readyz</c>) wins over it. Requires
    /// <see cref="ExplorerServiceCollectionExtensions.AddExplorer"/>; maps nothing when <c>Graph:Explorer:Enabled</c>
    /// is false.
    /// </summary>
    public static IEndpointRouteBuilder MapExplorer(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        var services = endpoints.ServiceProvider;
        var site = services.GetService<ExplorerSite>()
            ?? throw new InvalidOperationException(
                $"Call services.{nameof(ExplorerServiceCollectionExtensions.AddExplorer)}(configuration) before {nameof(MapExplorer)}.");
        if (!site.Enabled)
        {
            return endpoints;
        }

        if (!site.IsBuilt)
        {
            ExplorerLog.NotBuilt(services.GetRequiredService<ILogger<ExplorerSite>>(), site.AssetsPath);
        }

        endpoints.MapFallback("{**path}", site.CreateHandler(endpoints))
            .WithMetadata(new HttpMethodMetadata([HttpMethods.Get, HttpMethods.Head]))
            .WithDisplayName("Explorer");
        return endpoints;
    }
}
