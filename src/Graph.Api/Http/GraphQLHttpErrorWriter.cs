using System.Buffers;
using System.Text.Json;

namespace Graph.Api.Http;

/// <summary>
/// Writes the transport's own errors as a GraphQL response without <c>data</c>. Written directly rather than
/// through the GraphQL serializer so that <c>extensions.code</c> stays whatever the error-info settings are.
/// </summary>
internal static class GraphQLHttpErrorWriter
{
    public static async Task WriteAsync(
        HttpContext context,
        GraphQLHttpError error,
        string mediaType,
        string? details = null)
    {
        var body = new ArrayBufferWriter<byte>(256);
        using (var json = new Utf8JsonWriter(body))
        {
            json.WriteStartObject();
            json.WriteStartArray("errors");
            json.WriteStartObject();
            json.WriteString("message", error.Message);
            json.WriteStartObject("extensions");
            json.WriteString("code", error.Code);
            if (error.StatusCode >= StatusCodes.Status500InternalServerError)
            {
                json.WriteString("traceId", context.TraceIdentifier);
            }

            if (details is not null)
            {
                json.WriteString("details", details);
            }

            json.WriteEndObject();
            json.WriteEndObject();
            json.WriteEndArray();
            json.WriteEndObject();
        }

        var response = context.Response;
        response.StatusCode = error.StatusCode;
        response.ContentType = mediaType + "; charset=utf-8";
        response.Headers.CacheControl = "no-store";
        if (error.Allow is not null)
        {
            response.Headers.Allow = error.Allow;
        }

        // A known length lets a client that is still uploading read the answer without waiting for the connection to close.
        response.ContentLength = body.WrittenCount;
        await response.Body.WriteAsync(body.WrittenMemory, context.RequestAborted);
    }
}
