using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace Graph.Api.Observability;

/// <summary>The server's OpenTelemetry sources: traces and metrics for GraphQL operations and store calls.</summary>
public static class GraphTelemetry
{
    /// <summary>The name of the activity source and the meter.</summary>
    public const string Name = "Graph";

    /// <summary>Spans for GraphQL operations and store calls.</summary>
    public static readonly ActivitySource Source = new(Name);

    private static readonly Meter Meter = new(Name);

    /// <summary>Store calls, by operation and outcome.</summary>
    public static readonly Counter<long> StoreCalls = Meter.CreateCounter<long>(
        "graph.store.calls", description: "Calls to the graph store.");

    /// <summary>Store call duration.</summary>
    public static readonly Histogram<double> StoreDuration = Meter.CreateHistogram<double>(
        "graph.store.duration", unit: "ms", description: "Duration of graph store calls.");

    /// <summary>GraphQL operations, by operation type and outcome.</summary>
    public static readonly Counter<long> Operations = Meter.CreateCounter<long>(
        "graph.graphql.operations", description: "GraphQL operations executed.");

    /// <summary>GraphQL operation duration.</summary>
    public static readonly Histogram<double> OperationDuration = Meter.CreateHistogram<double>(
        "graph.graphql.duration", unit: "ms", description: "Duration of GraphQL operations.");
}
