using System.Text.Json.Serialization;

namespace Graph.Api.Ide;

/// <summary>
/// The <c>bcp-config.json</c> the IDE fetches beside its index page, with the option names of
/// <c>@chillicream/bananacakepop-express-middleware</c>.
/// </summary>
internal sealed record BananaCakePopConfiguration
{
    // The IDE then posts to its own URL without the trailing slash, which is the GraphQL endpoint.
    [JsonPropertyName("useBrowserUrlAsEndpoint")]
    public bool UseBrowserUrlAsEndpoint { get; init; } = true;

    [JsonPropertyName("title")]
    public string? Title { get; init; }

    [JsonPropertyName("graphQLDocument")]
    public string? GraphQLDocument { get; init; }

    [JsonPropertyName("disableTelemetry")]
    public bool DisableTelemetry { get; init; }

    [JsonPropertyName("includeCookies")]
    public bool IncludeCookies { get; init; }

    [JsonPropertyName("useGet")]
    public bool UseGet { get; init; }
}
