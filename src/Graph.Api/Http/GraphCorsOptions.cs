namespace Graph.Api.Http;

/// <summary>Cross-origin access to the GraphQL endpoint, bound from <c>Graph:Cors</c>. Empty means no CORS at all.</summary>
public sealed class GraphCorsOptions
{
    /// <summary>The configuration section these options are bound from.</summary>
    public const string SectionName = "Graph:Cors";

    /// <summary>The name of the CORS policy <see cref="GraphCorsExtensions.UseGraphCors"/> applies.</summary>
    public const string PolicyName = "Graph";

    /// <summary>The origins of ChilliCream's hosted IDEs: Banana Cake Pop's web app and its successor Nitro.</summary>
    public static IReadOnlyList<string> HostedIdeOrigins { get; } = ["https://eat.bananacakepop.com", "https://nitro.chillicream.com"];

    /// <summary>Origins allowed to call the endpoint from a browser, such as <c>https://example.org</c>, or <c>*</c>.</summary>
    public List<string> Origins { get; set; } = [];

    /// <summary>Also allow <see cref="HostedIdeOrigins"/>, so the hosted IDE can explore this server.</summary>
    public bool AllowHostedIde { get; set; }

    /// <summary>Let browsers send cookies and HTTP authentication; not allowed with the <c>*</c> origin.</summary>
    public bool AllowCredentials { get; set; }

    /// <summary>How long browsers may cache a preflight answer.</summary>
    public TimeSpan PreflightMaxAge { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>Whether any origin is allowed, and so whether CORS is on.</summary>
    public bool Enabled => Origins.Count > 0 || AllowHostedIde;

    /// <summary>The configured origins plus, when allowed, the hosted IDEs'.</summary>
    public IEnumerable<string> AllowedOrigins => AllowHostedIde ? Origins.Concat(HostedIdeOrigins) : Origins;
}
