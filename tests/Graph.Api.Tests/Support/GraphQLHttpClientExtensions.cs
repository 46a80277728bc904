using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace Graph.Api.Tests.Support;

/// <summary>Requests shaped the way GraphQL clients send them, and their answers read back as JSON.</summary>
public static class GraphQLHttpClientExtensions
{
    public const string GraphQLResponseJson = "application/graphql-response+json";

    public static async Task<HttpResponseMessage> PostGraphQLAsync(
        this HttpClient client,
        string body,
        string? accept = null,
        string? contentType = "application/json",
        CancellationToken cancellationToken = default)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql");
        request.Content = new ByteArrayContent(Encoding.UTF8.GetBytes(body));
        if (contentType is not null)
        {
            request.Content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        }

        if (accept is not null)
        {
            request.Headers.TryAddWithoutValidation("Accept", accept);
        }

        return await client.SendAsync(request, cancellationToken);
    }

    public static async Task<HttpResponseMessage> GetGraphQLAsync(
        this HttpClient client,
        string queryString,
        string? accept = null,
        CancellationToken cancellationToken = default)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/graphql" + queryString);
        if (accept is not null)
        {
            request.Headers.TryAddWithoutValidation("Accept", accept);
        }

        return await client.SendAsync(request, cancellationToken);
    }

    /// <summary>The query string of a GET request, each value URL-encoded.</summary>
    public static string Query(params (string Name, string Value)[] parameters) =>
        "?" + string.Join('&', parameters.Select(p => p.Name + "=" + Uri.EscapeDataString(p.Value)));

    public static async Task<JsonElement> ReadJsonAsync(this HttpResponseMessage response, CancellationToken cancellationToken = default)
    {
        var text = await response.Content.ReadAsStringAsync(cancellationToken);
        using var document = JsonDocument.Parse(text);
        return document.RootElement.Clone();
    }

    /// <summary>The <c>extensions.code</c> of the first error.</summary>
    public static string? FirstErrorCode(this JsonElement body) =>
        body.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString();

    public static string? FirstErrorMessage(this JsonElement body) =>
        body.GetProperty("errors")[0].GetProperty("message").GetString();
}
