using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Graph.Api.Explorer;

/// <summary>Registers the Explorer.</summary>
public static class ExplorerServiceCollectionExtensions
{
    /// <summary>Registers the Explorer and its <see cref="ExplorerOptions"/> (section <c>Graph:Explorer</c>).</summary>
    public static IServiceCollection AddExplorer(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);

        services.AddOptions<ExplorerOptions>()
            .Bind(configuration.GetSection(ExplorerOptions.SectionName))
            .ValidateOnStart();
        services.TryAddSingleton<ExplorerSite>();
        return services;
    }
}
