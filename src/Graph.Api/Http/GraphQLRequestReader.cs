using System.Buffers;
using System.IO.Pipelines;
using System.Text.Json;
using GraphQL;
using GraphQL.Transport;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Primitives;
using Microsoft.Net.Http.Headers;

namespace Graph.Api.Http;

/// <summary>Reads a GraphQL request from a GET query string or a JSON POST body, enforcing the transport's limits.</summary>
internal sealed class GraphQLRequestReader
{
    private const string QueryKey = "query";
    private const string OperationNameKey = "operationName";
    private const string VariablesKey = "variables";
    private const string ExtensionsKey = "extensions";

    private static ReadOnlySpan<byte> Utf8Bom => [0xEF, 0xBB, 0xBF];

    private readonly IGraphQLTextSerializer _serializer;
    private readonly GraphQLHttpOptions _options;
    private readonly JsonDocumentOptions _jsonOptions;

    public GraphQLRequestReader(IGraphQLTextSerializer serializer, IOptions<GraphQLHttpOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _serializer = serializer;
        _options = options.Value;
        _jsonOptions = new JsonDocumentOptions { MaxDepth = _options.MaxJsonDepth };
    }

    public GraphQLRequestReadResult ReadQueryString(IQueryCollection parameters)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        foreach (var key in (ReadOnlySpan<string>)[QueryKey, OperationNameKey, VariablesKey, ExtensionsKey])
        {
            if (parameters[key].Count > 1)
            {
                return GraphQLHttpError.InvalidRequest($"The '{key}' parameter must be given at most once.");
            }
        }

        if (!parameters.TryGetValue(QueryKey, out var query))
        {
            return GraphQLHttpError.InvalidRequest("The 'query' parameter is required.");
        }

        var variables = ReadJsonParameter(parameters[VariablesKey], VariablesKey);
        if (variables.Error is not null)
        {
            return variables.Error;
        }

        var extensions = ReadJsonParameter(parameters[ExtensionsKey], ExtensionsKey);
        if (extensions.Error is not null)
        {
            return extensions.Error;
        }

        return Create(query.ToString(), parameters[OperationNameKey].FirstOrDefault(), variables.Inputs, extensions.Inputs);
    }

    public async Task<GraphQLRequestReadResult> ReadBodyAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (ContentTypeError(request.ContentType) is { } contentTypeError)
        {
            return contentTypeError;
        }

        // A declared length is a cheap early answer; the count below is what is enforced.
        if (request.ContentLength > _options.MaxRequestBytes)
        {
            return TooLarge();
        }

        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(_options.BodyReadTimeout);
        try
        {
            return await ReadBodyAsync(request.BodyReader, timeout.Token);
        }
        catch (OperationCanceledException) when (timeout.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            return new GraphQLHttpError(
                StatusCodes.Status408RequestTimeout,
                GraphQLHttpErrorCodes.RequestTimeout,
                $"The request body was not received within {_options.BodyReadTimeout.TotalSeconds:0.###} seconds.");
        }
        catch (BadHttpRequestException ex)
        {
            // Kestrel's own limits (minimum data rate, its maximum body size) surface here.
            return ex.StatusCode switch
            {
                StatusCodes.Status413PayloadTooLarge => TooLarge(),
                StatusCodes.Status408RequestTimeout => new GraphQLHttpError(
                    StatusCodes.Status408RequestTimeout, GraphQLHttpErrorCodes.RequestTimeout, "The request body arrived too slowly."),
                _ => GraphQLHttpError.InvalidJson("The request body could not be read."),
            };
        }
    }

    private async Task<GraphQLRequestReadResult> ReadBodyAsync(PipeReader reader, CancellationToken cancellationToken)
    {
        while (true)
        {
            var read = await reader.ReadAsync(cancellationToken);
            var buffer = read.Buffer;
            if (buffer.Length > _options.MaxRequestBytes)
            {
                reader.AdvanceTo(buffer.Start, buffer.End);
                return TooLarge();
            }

            if (read.IsCompleted)
            {
                try
                {
                    // The parsed document may point into the pipe's memory, so it is consumed before advancing.
                    return ParseBody(buffer);
                }
                finally
                {
                    reader.AdvanceTo(buffer.End);
                }
            }

            reader.AdvanceTo(buffer.Start, buffer.End);
        }
    }

    private GraphQLRequestReadResult ParseBody(ReadOnlySequence<byte> body)
    {
        if (body.Length >= Utf8Bom.Length)
        {
            Span<byte> head = stackalloc byte[3];
            body.Slice(0, head.Length).CopyTo(head);
            if (head.SequenceEqual(Utf8Bom))
            {
                body = body.Slice(Utf8Bom.Length);
            }
        }

        if (body.IsEmpty)
        {
            return GraphQLHttpError.InvalidJson("The request body is empty; send a JSON object with a 'query' string.");
        }

        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(body, _jsonOptions);
        }
        catch (JsonException ex)
        {
            return GraphQLHttpError.InvalidJson("The request body is not valid JSON: " + ex.Message);
        }

        using (document)
        {
            return ReadBodyObject(document.RootElement);
        }
    }

    private GraphQLRequestReadResult ReadBodyObject(JsonElement body)
    {
        if (body.ValueKind == JsonValueKind.Array)
        {
            return new GraphQLHttpError(
                StatusCodes.Status400BadRequest,
                GraphQLHttpErrorCodes.BatchingNotSupported,
                "Batched requests (a JSON array of requests) are not supported; send one request per HTTP request.");
        }

        if (body.ValueKind != JsonValueKind.Object)
        {
            return GraphQLHttpError.InvalidRequest("The request body must be a JSON object with a 'query' string.");
        }

        if (!body.TryGetProperty(QueryKey, out var query) || query.ValueKind != JsonValueKind.String)
        {
            return GraphQLHttpError.InvalidRequest("The 'query' parameter is required and must be a string.");
        }

        string? operationName = null;
        if (body.TryGetProperty(OperationNameKey, out var operationNameElement)
            && operationNameElement.ValueKind != JsonValueKind.Null)
        {
            if (operationNameElement.ValueKind != JsonValueKind.String)
            {
                return GraphQLHttpError.InvalidRequest("The 'operationName' parameter must be a string or null.");
            }

            operationName = operationNameElement.GetString();
        }

        var variables = ReadMap(body, VariablesKey);
        if (variables.Error is not null)
        {
            return variables.Error;
        }

        var extensions = ReadMap(body, ExtensionsKey);
        if (extensions.Error is not null)
        {
            return extensions.Error;
        }

        return Create(query.GetString()!, operationName, variables.Inputs, extensions.Inputs);
    }

    private GraphQLRequestReadResult Create(string query, string? operationName, Inputs? variables, Inputs? extensions)
    {
        if (query.Length > _options.MaxQueryLength)
        {
            return new GraphQLHttpError(
                StatusCodes.Status413PayloadTooLarge,
                GraphQLHttpErrorCodes.QueryTooLong,
                $"The GraphQL document is {query.Length} characters long; at most {_options.MaxQueryLength} are accepted.");
        }

        return new GraphQLRequest
        {
            Query = query,
            OperationName = string.IsNullOrEmpty(operationName) ? null : operationName,
            Variables = variables,
            Extensions = extensions,
        };
    }

    private (Inputs? Inputs, GraphQLHttpError? Error) ReadJsonParameter(StringValues values, string key)
    {
        var text = values.FirstOrDefault();
        if (text is null)
        {
            return (null, null);
        }

        try
        {
            using var document = JsonDocument.Parse(text, _jsonOptions);
            return ToInputs(document.RootElement, key);
        }
        catch (JsonException ex)
        {
            return (null, GraphQLHttpError.InvalidRequest($"The '{key}' parameter is not valid JSON: {ex.Message}"));
        }
    }

    private (Inputs? Inputs, GraphQLHttpError? Error) ReadMap(JsonElement body, string key) =>
        body.TryGetProperty(key, out var element) ? ToInputs(element, key) : (null, null);

    private (Inputs? Inputs, GraphQLHttpError? Error) ToInputs(JsonElement element, string key)
    {
        if (element.ValueKind == JsonValueKind.Null)
        {
            return (null, null);
        }

        if (element.ValueKind != JsonValueKind.Object)
        {
            return (null, GraphQLHttpError.InvalidRequest($"The '{key}' parameter must be a JSON object or null."));
        }

        try
        {
            // Raw text keeps this independent of which IGraphQLTextSerializer is registered.
            return (_serializer.Deserialize<Inputs>(element.GetRawText()), null);
        }
        catch (Exception ex) when (ex is JsonException or FormatException or OverflowException or NotSupportedException)
        {
            return (null, GraphQLHttpError.InvalidRequest($"The '{key}' parameter could not be read: {ex.Message}"));
        }
    }

    private static GraphQLHttpError? ContentTypeError(string? contentType)
    {
        if (!MediaTypeHeaderValue.TryParse(contentType, out var mediaType)
            || !StringSegment.Equals(mediaType.MediaType, GraphQLMediaTypes.Json, StringComparison.OrdinalIgnoreCase))
        {
            return UnsupportedMediaType(
                $"POST requests must have Content-Type: {GraphQLMediaTypes.Json}; got '{contentType ?? "(none)"}'.");
        }

        var charset = HeaderUtilities.RemoveQuotes(mediaType.Charset);
        if (charset.HasValue
            && !StringSegment.Equals(charset, "utf-8", StringComparison.OrdinalIgnoreCase)
            && !StringSegment.Equals(charset, "utf8", StringComparison.OrdinalIgnoreCase))
        {
            return UnsupportedMediaType($"The request body must be UTF-8; got charset '{charset}'.");
        }

        return null;
    }

    private static GraphQLHttpError UnsupportedMediaType(string message) =>
        new(StatusCodes.Status415UnsupportedMediaType, GraphQLHttpErrorCodes.UnsupportedMediaType, message);

    private GraphQLHttpError TooLarge() =>
        new(StatusCodes.Status413PayloadTooLarge,
            GraphQLHttpErrorCodes.RequestTooLarge,
            $"The request body is larger than {_options.MaxRequestBytes} bytes.");
}
