using Graph.Api.Observability;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;
using Serilog;

namespace Graph.Api;

/// <summary>Structured logs (Serilog) and OpenTelemetry traces and metrics, exported over OTLP when configured.</summary>
public static class ObservabilityServiceCollectionExtensions
{
    /// <summary>
    /// Logs go to the console as configured under <c>Serilog</c>; traces and metrics go over OTLP when
    /// <c>OTEL_EXPORTER_OTLP_ENDPOINT</c> is set.
    /// </summary>
    public static WebApplicationBuilder AddGraphObservability(this WebApplicationBuilder builder)
    {
        builder.Services.AddSerilog((services, logger) => logger
            .ReadFrom.Configuration(builder.Configuration)
            .ReadFrom.Services(services)
            .Enrich.FromLogContext()
            .WriteTo.Console());

        var otlp = !string.IsNullOrWhiteSpace(builder.Configuration["OTEL_EXPORTER_OTLP_ENDPOINT"]);
        var telemetry = builder.Services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService("graph-api"))
            .WithTracing(tracing =>
            {
                tracing.AddSource(GraphTelemetry.Name).AddAspNetCoreInstrumentation();
                if (otlp)
                {
                    tracing.AddOtlpExporter();
                }
            })
            .WithMetrics(metrics =>
            {
                metrics.AddMeter(GraphTelemetry.Name).AddAspNetCoreInstrumentation();
                if (otlp)
                {
                    metrics.AddOtlpExporter();
                }
            });
        return builder;
    }
}
