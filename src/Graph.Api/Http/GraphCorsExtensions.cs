using Microsoft.AspNetCore.Cors.Infrastructure;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Graph.Api.Http;

/// <summary>Registers and applies the CORS policy of the GraphQL endpoint.</summary>
public static class GraphCorsExtensions
{
    /// <summary>Registers CORS with the <see cref="GraphCorsOptions"/> of section <c>Graph:Cors</c>, validated at start-up.</summary>
    public static IServiceCollection AddGraphCors(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);

        services.AddOptions<GraphCorsOptions>()
            .Bind(configuration.GetSection(GraphCorsOptions.SectionName))
            .ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<GraphCorsOptions>, GraphCorsOptionsValidator>());
        services.AddCors();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IConfigureOptions<CorsOptions>, ConfigureGraphCorsPolicy>());
        return services;
    }

    /// <summary>Applies the policy to every request when any origin is configured; otherwise adds nothing.</summary>
    public static IApplicationBuilder UseGraphCors(this IApplicationBuilder app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var options = app.ApplicationServices.GetRequiredService<IOptions<GraphCorsOptions>>().Value;
        return options.Enabled ? app.UseCors(GraphCorsOptions.PolicyName) : app;
    }
}
