namespace Graph.Api.Http;

/// <summary>Limits of the GraphQL over HTTP endpoint, bound from <c>Graph:Http</c>.</summary>
public sealed class GraphQLHttpOptions
{
    /// <summary>The configuration section these options are bound from.</summary>
    public const string SectionName = "Graph:Http";

    /// <summary>The largest POST body accepted, in bytes; larger bodies get 413.</summary>
    public long MaxRequestBytes { get; set; } = 256 * 1024;

    /// <summary>The longest GraphQL document accepted, in characters, over GET or POST.</summary>
    public int MaxQueryLength { get; set; } = 64 * 1024;

    /// <summary>How deeply the JSON of a POST body or of <c>variables</c>/<c>extensions</c> may nest.</summary>
    public int MaxJsonDepth { get; set; } = 64;

    /// <summary>How long a client may take to upload a POST body before it gets 408.</summary>
    /// <remarks>
    /// Kestrel's minimum data rate stops clients that stall; this bounds clients that trickle just above it.
    /// </remarks>
    public TimeSpan BodyReadTimeout { get; set; } = TimeSpan.FromSeconds(15);
}
