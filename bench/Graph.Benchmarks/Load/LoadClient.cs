using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace Graph.Benchmarks.Load;

/// <summary>POSTs GraphQL requests and fails on HTTP errors and GraphQL errors alike.</summary>
public static class LoadClient
{
    public static async Task<JsonNode> QueryAsync(
        HttpClient client, Uri endpoint, string query, JsonObject? variables, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(client);
        var body = new JsonObject { ["query"] = query, ["variables"] = variables ?? [] };
        using var response = await client.PostAsJsonAsync(endpoint, body, cancellationToken);
        var text = await response.Content.ReadAsStringAsync(cancellationToken);
        if (!response.IsSuccessStatusCode)
        {
            throw new HttpRequestException($"HTTP {(int)response.StatusCode}: {Shorten(text)}");
        }

        var json = JsonNode.Parse(text) ?? throw new HttpRequestException("empty response");
        if (json["errors"] is JsonArray { Count: > 0 } errors)
        {
            throw new HttpRequestException("GraphQL errors: " + Shorten(errors.ToJsonString()));
        }

        return json["data"] ?? throw new HttpRequestException("no data: " + Shorten(text));
    }

    private static string Shorten(string text) => text.Length <= 300 ? text : text[..300] + "…";
}
