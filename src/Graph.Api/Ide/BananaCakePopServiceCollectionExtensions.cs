using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Graph.Api.Ide;

/// <summary>Registers the self-hosted Banana Cake Pop IDE.</summary>
public static class BananaCakePopServiceCollectionExtensions
{
    /// <summary>Registers the IDE and its <see cref="BananaCakePopOptions"/> (section <c>Graph:Ide</c>, validated at start-up).</summary>
    public static IServiceCollection AddBananaCakePop(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);

        services.AddOptions<BananaCakePopOptions>()
            .Bind(configuration.GetSection(BananaCakePopOptions.SectionName))
            .Validate(options => !string.IsNullOrWhiteSpace(options.Title), $"{BananaCakePopOptions.SectionName}:Title must not be empty.")
            .ValidateOnStart();
        services.TryAddSingleton<BananaCakePopIde>();
        return services;
    }
}
