using Graph.Api.Http;

namespace Graph.Api.Ide;

/// <summary>Attaches Banana Cake Pop to the GraphQL endpoint.</summary>
public static class BananaCakePopEndpointConventionBuilderExtensions
{
    /// <summary>
    /// Browsers that open the endpoint get Banana Cake Pop, served from <c>{pattern}/</c> with its files below it and
    /// pointed at the endpoint. Requires <see cref="BananaCakePopServiceCollectionExtensions.AddBananaCakePop"/>;
    /// does nothing when <c>Graph:Ide:Enabled</c> is false.
    /// </summary>
    public static GraphQLHttpEndpointConventionBuilder WithBananaCakePop(this GraphQLHttpEndpointConventionBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Endpoints.ServiceProvider;
        var ide = services.GetService<BananaCakePopIde>()
            ?? throw new InvalidOperationException(
                $"Call services.{nameof(BananaCakePopServiceCollectionExtensions.AddBananaCakePop)}(configuration) before {nameof(WithBananaCakePop)}.");
        if (!ide.Enabled)
        {
            return builder;
        }

        if (!ide.IsInstalled)
        {
            BananaCakePopLog.NotInstalled(services.GetRequiredService<ILogger<BananaCakePopIde>>(), ide.AssetsPath, builder.Pattern);
        }

        var endpoint = ide.CreateEndpoint(builder.Endpoints);
        builder.WithMetadata(endpoint);
        builder.Endpoints
            .MapMethods(
                builder.Pattern.TrimEnd('/') + "/{**" + BananaCakePopIde.AssetPathParameter + "}",
                [HttpMethods.Get, HttpMethods.Head],
                endpoint.Assets)
            .WithDisplayName("Banana Cake Pop " + builder.Pattern);
        return builder;
    }
}
