using FluentValidation;
using Graph.Api.Curation;
using Graph.Api.GraphQL;
using Graph.Api.GraphQL.Loaders;
using Graph.Api.GraphQL.Mutations;
using Graph.Api.Hosting;
using Graph.Api.Observability;
using Graph.Api.Security;
using Graph.Core;
using Graph.Core.Storage;
using Graph.Storage;
using GraphQL;
using GraphQL.Validation.Complexity;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;

namespace Graph.Api;

/// <summary>Everything the server needs: the store, the GraphQL schema and its protections, start-up and health.</summary>
public static partial class GraphApiServiceCollectionExtensions
{
    /// <summary>Registers the store (instrumented), the schema, the per-request loaders, start-up seeding and health checks.</summary>
    public static IServiceCollection AddGraphApi(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        services.AddGraphStorage(configuration);
        DecorateStore(services);
        services.AddOptions<GraphApiOptions>().BindConfiguration(GraphApiOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<SeedingOptions>().BindConfiguration(SeedingOptions.SectionName);
        services.AddHostedService<StoreStartup>();
        services.AddHealthChecks().AddCheck<StoreHealthCheck>("store", tags: [HealthEndpoints.ReadyTag]);
        services.AddScoped<GraphLoaders>();
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton<ExtractorProvider>();
        services.AddSingleton<GraphCurator>();
        services.AddValidatorsFromAssemblyContaining<GraphCurator>(ServiceLifetime.Singleton);
        services.AddOptions<ApiKeyOptions>().BindConfiguration(ApiKeyOptions.SectionName).ValidateOnStart();
        services.AddSingleton<IValidateOptions<ApiKeyOptions>, ApiKeyOptionsValidator>();
        services.AddAuthentication(ApiKeyAuthenticationHandler.SchemeName)
            .AddScheme<AuthenticationSchemeOptions, ApiKeyAuthenticationHandler>(ApiKeyAuthenticationHandler.SchemeName, null);
        services.AddSingleton<GraphQLRequestLogging>();

        var limits = configuration.GetSection(GraphApiOptions.SectionName).Get<GraphApiOptions>() ?? new GraphApiOptions();
        services.AddGraphQL(graphql => graphql
            .AddSchema<GraphSchema>()
            .AddGraphTypes(typeof(GraphSchema).Assembly)
            .AddSystemTextJson(json => json.Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping)
            .AddValidationRule<WritersOnlyValidationRule>()
            .AddComplexityAnalyzer(complexity =>
            {
                complexity.MaxDepth = limits.MaxDepth;
                complexity.MaxComplexity = limits.MaxComplexity;

                // Introspection is bounded by the schema's size, not by data; IDEs must be able to load the schema.
                var dataImpact = complexity.DefaultComplexityImpactDelegate;
                complexity.DefaultComplexityImpactDelegate = field =>
                    field.FieldDefinition.Name.StartsWith("__", StringComparison.Ordinal) || field.ParentType.Name.StartsWith("__", StringComparison.Ordinal)
                        ? new FieldComplexityResult(0, 0)
                        : dataImpact(field);
            })
            .WithTimeout(TimeSpan.FromSeconds(limits.TimeoutSeconds))
            .AddErrorInfoProvider(errors => errors.ExposeExceptionDetails = environment.IsDevelopment())
            .AddUnhandledExceptionHandler(HandleException)
            .ConfigureExecution((options, next) =>
                options.RequestServices!.GetRequiredService<GraphQLRequestLogging>().ExecuteAsync(options, next)));
        return services;
    }

    /// <summary>Every store call goes through the instrumented wrapper: spans, metrics and per-operation tallies.</summary>
    private static void DecorateStore(IServiceCollection services)
    {
        var registered = services.Last(d => d.ServiceType == typeof(IGraphStore));
        services.Remove(registered);
        services.AddSingleton<IGraphStore>(provider => new InstrumentedGraphStore(
            registered.ImplementationFactory?.Invoke(provider) as IGraphStore
            ?? registered.ImplementationInstance as IGraphStore
            ?? (IGraphStore)ActivatorUtilities.CreateInstance(provider, registered.ImplementationType!)));
    }

    /// <summary>
    /// Client mistakes surface with their stable code; anything else stays masked (outside Development) and is
    /// logged with the operation's name.
    /// </summary>
    private static void HandleException(global::GraphQL.Execution.UnhandledExceptionContext context)
    {
        var options = context.ExecutionOptions;
        if (context.OriginalException is GraphQueryException query)
        {
            context.Exception = new ExecutionError(query.Message) { Code = query.Code };
            return;
        }

        var logger = options.RequestServices?.GetService<ILoggerFactory>()?.CreateLogger("Graph.Api.GraphQL");
        if (logger is not null)
        {
            LogUnhandled(logger, context.OriginalException, options.OperationName ?? "(anonymous)", context.FieldContext?.FieldDefinition.Name ?? "(none)");
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "GraphQL {OperationName} failed in field {Field}")]
    private static partial void LogUnhandled(ILogger logger, Exception exception, string operationName, string field);
}
