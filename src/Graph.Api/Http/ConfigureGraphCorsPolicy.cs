using Microsoft.AspNetCore.Cors.Infrastructure;
using Microsoft.Extensions.Options;

namespace Graph.Api.Http;

/// <summary>Builds the <see cref="GraphCorsOptions.PolicyName"/> policy from <see cref="GraphCorsOptions"/>.</summary>
internal sealed class ConfigureGraphCorsPolicy(IOptions<GraphCorsOptions> options) : IConfigureOptions<CorsOptions>
{
    public void Configure(CorsOptions cors)
    {
        ArgumentNullException.ThrowIfNull(cors);
        var graph = options.Value;
        cors.AddPolicy(GraphCorsOptions.PolicyName, policy =>
        {
            var origins = graph.AllowedOrigins.ToArray();
            if (origins.Contains("*"))
            {
                policy.AllowAnyOrigin();
            }
            else
            {
                policy.WithOrigins(origins);
            }

            // GraphQL over HTTP needs only GET and POST; clients send their own headers (auth, tracing, IDE ones).
            policy.WithMethods(HttpMethods.Get, HttpMethods.Post)
                .AllowAnyHeader()
                .SetPreflightMaxAge(graph.PreflightMaxAge);
            if (graph.AllowCredentials)
            {
                policy.AllowCredentials();
            }
        });
    }
}
