using System.Net;
using System.Text.Json;

namespace Graph.Storage.Neo4j;

/// <summary>
/// Reads a Query API response: <c>{"data": {"fields", "values"}, "counters", "bookmarks", "transaction",
/// "errors"}</c>. A status outside 2xx or a non-empty <c>errors</c> array is a <see cref="Neo4jException"/>.
/// </summary>
internal static class Neo4jResponseReader
{
    public static Neo4jResult Read(HttpStatusCode status, byte[] body, string statement, string? affinity)
    {
        var success = (int)status is >= 200 and < 300;
        JsonDocument? document = null;
        try
        {
            if (body.Length > 0)
            {
                try
                {
                    document = JsonDocument.Parse(body);
                }
                catch (JsonException e) when (!success)
                {
                    throw new Neo4jException(Synthesized(status), status, statement, null, e);
                }
                catch (JsonException e)
                {
                    throw new InvalidDataException($"Neo4j's answer to '{statement}' is not JSON.", e);
                }
            }

            var root = document?.RootElement;
            if (root is { ValueKind: JsonValueKind.Object } errorsHolder &&
                errorsHolder.TryGetProperty("errors", out var errors) &&
                errors.ValueKind == JsonValueKind.Array && errors.GetArrayLength() > 0)
            {
                var first = errors[0];
                var code = first.TryGetProperty("code", out var c) && c.ValueKind == JsonValueKind.String ? c.GetString()! : Synthesized(status);
                var message = first.TryGetProperty("message", out var m) && m.ValueKind == JsonValueKind.String ? m.GetString() : null;
                throw new Neo4jException(code, status, statement, message);
            }

            if (!success)
            {
                throw new Neo4jException(Synthesized(status), status, statement, null);
            }

            return root is { ValueKind: JsonValueKind.Object } result
                ? ReadResult(result, affinity)
                : new Neo4jResult([], [], [], new Dictionary<string, object?>()) { Affinity = affinity };
        }
        finally
        {
            document?.Dispose();
        }
    }

    private static Neo4jResult ReadResult(JsonElement root, string? affinity)
    {
        var fields = new List<string>();
        var rows = new List<IReadOnlyList<object?>>();
        if (root.TryGetProperty("data", out var data) && data.ValueKind == JsonValueKind.Object)
        {
            if (data.TryGetProperty("fields", out var names))
            {
                fields.AddRange(names.EnumerateArray().Select(f => f.GetString() ?? ""));
            }

            if (data.TryGetProperty("values", out var values))
            {
                foreach (var row in values.EnumerateArray())
                {
                    var decoded = row.EnumerateArray().Select(Neo4jTypedJson.Decode).ToList();
                    if (decoded.Count != fields.Count)
                    {
                        throw new InvalidDataException("A row of Neo4j's response does not match its fields.");
                    }

                    rows.Add(decoded);
                }
            }
        }

        var bookmarks = root.TryGetProperty("bookmarks", out var marks) && marks.ValueKind == JsonValueKind.Array
            ? marks.EnumerateArray().Select(b => b.GetString()).OfType<string>().ToList()
            : [];
        var counters = new Dictionary<string, object?>(StringComparer.Ordinal);
        if (root.TryGetProperty("counters", out var counts) && counts.ValueKind == JsonValueKind.Object)
        {
            foreach (var counter in counts.EnumerateObject())
            {
                counters[counter.Name] = counter.Value.ValueKind switch
                {
                    JsonValueKind.Number => counter.Value.GetInt64(),
                    JsonValueKind.True => true,
                    JsonValueKind.False => false,
                    _ => null,
                };
            }
        }

        string? transactionId = null;
        if (root.TryGetProperty("transaction", out var transaction) && transaction.ValueKind == JsonValueKind.Object &&
            transaction.TryGetProperty("id", out var id))
        {
            transactionId = id.ValueKind == JsonValueKind.String ? id.GetString() : id.GetRawText();
        }

        return new Neo4jResult(fields, rows, bookmarks, counters) { TransactionId = transactionId, Affinity = affinity };
    }

    /// <summary>A code for a failure the server did not describe, e.g. <c>Http.503</c>.</summary>
    private static string Synthesized(HttpStatusCode status) => "Http." + ((int)status).ToString(System.Globalization.CultureInfo.InvariantCulture);
}
