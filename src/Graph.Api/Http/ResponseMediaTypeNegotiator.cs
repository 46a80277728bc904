using Microsoft.Extensions.Primitives;
using Microsoft.Net.Http.Headers;

namespace Graph.Api.Http;

/// <summary>Picks the response media type from an Accept header, as the GraphQL over HTTP spec describes.</summary>
internal static class ResponseMediaTypeNegotiator
{
    /// <summary>The media type to answer with, or <see langword="null"/> when Accept allows neither (406).</summary>
    public static string? Select(StringValues accept)
    {
        // The spec and the graphql-http audits (80D8, 47DE) want application/json for clients that state no
        // preference: a missing header, */* or application/*. A header we cannot parse is treated as missing.
        if (StringValues.IsNullOrEmpty(accept)
            || !MediaTypeHeaderValue.TryParseList(accept, out var ranges)
            || ranges.Count == 0)
        {
            return GraphQLMediaTypes.Json;
        }

        var graphQLResponse = Rank(ranges, "graphql-response+json");
        var json = Rank(ranges, "json");

        if (graphQLResponse.Quality <= 0 && json.Quality <= 0)
        {
            return null;
        }

        if (graphQLResponse.Quality != json.Quality)
        {
            return graphQLResponse.Quality > json.Quality ? GraphQLMediaTypes.GraphQLResponseJson : GraphQLMediaTypes.Json;
        }

        // On a tie the new media type wins only when the client named it.
        return graphQLResponse.Named ? GraphQLMediaTypes.GraphQLResponseJson : GraphQLMediaTypes.Json;
    }

    /// <summary>Whether the client named text/html, as a browser navigating to the endpoint does.</summary>
    public static bool AcceptsHtml(StringValues accept) =>
        !StringValues.IsNullOrEmpty(accept)
        && MediaTypeHeaderValue.TryParseList(accept, out var ranges)
        && ranges.Any(range => Is(range.Type, "text") && Is(range.SubType, "html") && (range.Quality ?? 1) > 0);

    private static (double Quality, bool Named) Rank(IList<MediaTypeHeaderValue> ranges, string applicationSubtype)
    {
        // RFC 9110 section 12.5.1: the most specific range that matches a media type decides its quality.
        var specificity = -1;
        var quality = 0d;
        foreach (var range in ranges)
        {
            var candidate =
                Is(range.Type, "application") && Is(range.SubType, applicationSubtype) ? 2
                : Is(range.Type, "application") && Is(range.SubType, "*") ? 1
                : range.MatchesAllTypes ? 0
                : -1;
            if (candidate > specificity)
            {
                specificity = candidate;
                quality = range.Quality ?? 1;
            }
        }

        return (quality, specificity == 2);
    }

    private static bool Is(StringSegment segment, string value) =>
        StringSegment.Equals(segment, value, StringComparison.OrdinalIgnoreCase);
}
