using Graph.Core.Storage;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Graph.Api.Hosting;

/// <summary>Readiness: the store answers, and reports its backend and schema version.</summary>
public sealed class StoreHealthCheck(IGraphStore store) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var health = await store.CheckHealthAsync(cancellationToken);
        var data = new Dictionary<string, object>
        {
            ["backend"] = health.Backend,
            ["schemaVersion"] = health.SchemaVersion,
        };
        return health.Reachable
            ? HealthCheckResult.Healthy($"{health.Backend} store reachable", data)
            : HealthCheckResult.Unhealthy(health.Problem ?? $"{health.Backend} store unreachable", data: data);
    }
}
