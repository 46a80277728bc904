using System.ComponentModel.DataAnnotations;

namespace Graph.Api;

/// <summary>Limits that protect the server from expensive queries, and how it loads data (<c>Graph:Api</c>).</summary>
public sealed class GraphApiOptions
{
    public const string SectionName = "Graph:Api";

    /// <summary>The deepest selection a query may nest.</summary>
    [Range(2, 64)]
    public int MaxDepth { get; set; } = 15;

    /// <summary>The largest estimated cost a query may have (list fields multiply their children by their page size).</summary>
    [Range(100, 10_000_000)]
    public int MaxComplexity { get; set; } = 100_000;

    /// <summary>
    /// Whether nested fields load through batch loaders (one store call per level for all parents, the default).
    /// Off, every parent's field makes its own store call: only for measuring what batching buys.
    /// </summary>
    public bool Batching { get; set; } = true;

    /// <summary>How long one operation may run before it is stopped with a timeout error.</summary>
    [Range(1, 600)]
    public int TimeoutSeconds { get; set; } = 15;
}
