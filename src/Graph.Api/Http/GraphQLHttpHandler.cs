using GraphQL;
using GraphQL.Execution;
using GraphQL.Transport;
using GraphQL.Types;
using GraphQLParser.AST;
using GraphQLParser.Exceptions;

namespace Graph.Api.Http;

/// <summary>
/// The GraphQL over HTTP endpoint: negotiates media types, reads the request, executes it with whatever
/// <see cref="IDocumentExecuter{TSchema}"/> is registered, and maps the outcome to a status code.
/// </summary>
internal sealed class GraphQLHttpHandler(
    IDocumentExecuter<ISchema> executer,
    IDocumentBuilder documentBuilder,
    IGraphQLTextSerializer serializer,
    GraphQLRequestReader reader,
    IHostEnvironment environment,
    ILogger<GraphQLHttpHandler> logger)
{
    private const string QueryParameter = "query";

    public async Task HandleAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var httpRequest = context.Request;
        var mediaType = GraphQLMediaTypes.Json;
        GraphQLRequest? request = null;
        try
        {
            var isGet = HttpMethods.IsGet(httpRequest.Method);
            if (!isGet && !HttpMethods.IsPost(httpRequest.Method))
            {
                await RejectAsync(context, mediaType, GraphQLHttpError.MethodNotAllowed(
                    $"GraphQL requests use GET or POST, not {httpRequest.Method}.", allow: "GET, POST"));
                return;
            }

            var accept = httpRequest.Headers.Accept;
            if (isGet
                && !httpRequest.Query.ContainsKey(QueryParameter)
                && ResponseMediaTypeNegotiator.AcceptsHtml(accept)
                && context.GetEndpoint()?.Metadata.GetMetadata<IGraphQLIde>() is { } ide)
            {
                await ide.ServeAsync(context);
                return;
            }

            if (ResponseMediaTypeNegotiator.Select(accept) is not { } negotiated)
            {
                await RejectAsync(context, mediaType, new GraphQLHttpError(
                    StatusCodes.Status406NotAcceptable,
                    GraphQLHttpErrorCodes.NotAcceptable,
                    $"Accept must allow {GraphQLMediaTypes.GraphQLResponseJson} or {GraphQLMediaTypes.Json}."));
                return;
            }

            mediaType = negotiated;
            var read = isGet
                ? reader.ReadQueryString(httpRequest.Query)
                : await reader.ReadBodyAsync(httpRequest, context.RequestAborted);
            if (read.Error is not null)
            {
                await RejectAsync(context, mediaType, read.Error);
                return;
            }

            request = read.Request!;
            var options = new ExecutionOptions
            {
                Query = request.Query,
                OperationName = request.OperationName,
                Variables = request.Variables,
                Extensions = request.Extensions,
                RequestServices = context.RequestServices,
                User = context.User,
                CancellationToken = context.RequestAborted,
            };

            if (isGet && RestrictToQueries(options) is { } getError)
            {
                await RejectAsync(context, mediaType, getError);
                return;
            }

            var result = await executer.ExecuteAsync(options);
            await WriteResultAsync(context, result, mediaType);
        }
        catch (Exception ex) when (context.RequestAborted.IsCancellationRequested && ex is OperationCanceledException or IOException)
        {
            // The client went away (Kestrel reports a reset connection as an IOException): nobody is left to answer.
            GraphQLHttpLog.Aborted(logger, request?.OperationName, context.TraceIdentifier);
        }
        catch (TimeoutException) when (!context.Response.HasStarted)
        {
            // AddGraphQL(b => b.WithTimeout(..., TimeoutAction.ThrowTimeoutException)) ends up here.
            await RejectAsync(context, mediaType, new GraphQLHttpError(
                StatusCodes.Status504GatewayTimeout, GraphQLHttpErrorCodes.Timeout, "The GraphQL request timed out."));
        }
        catch (Exception ex)
        {
            GraphQLHttpLog.UnexpectedFailure(
                logger, ex, OperationNameOf(request), httpRequest.Method, httpRequest.Path, context.TraceIdentifier);
            if (context.Response.HasStarted)
            {
                // Half a JSON document must not look like a complete one.
                context.Abort();
                return;
            }

            context.Response.Clear();
            await GraphQLHttpErrorWriter.WriteAsync(
                context,
                new GraphQLHttpError(
                    StatusCodes.Status500InternalServerError,
                    GraphQLHttpErrorCodes.InternalServerError,
                    "An unexpected error occurred while processing the GraphQL request."),
                mediaType,
                environment.IsDevelopment() ? ex.ToString() : null);
        }
    }

    /// <summary>The spec forbids mutations over GET: parse the document to find the operation that would run.</summary>
    private GraphQLHttpError? RestrictToQueries(ExecutionOptions options)
    {
        GraphQLDocument document;
        try
        {
            // The registered builder honours whatever parser limits AddGraphQL configured.
            document = documentBuilder.Build(options.Query!);
        }
        catch (Exception ex) when (ex is ExecutionError or GraphQLParserException)
        {
            // GraphQL.NET's builder wraps parser failures in SyntaxError; the executer parses again and reports the
            // error in the usual GraphQL shape.
            return null;
        }

        // Handing over the parsed document spares the executer a second parse.
        options.Document = document;
        var operation = SelectOperation(document, options.OperationName);
        if (operation is null || operation.Operation == OperationType.Query)
        {
            return null;
        }

        var kind = operation.Operation.ToString().ToLowerInvariant();
        return GraphQLHttpError.MethodNotAllowed(
            $"Only query operations can be sent with GET; send this {kind} with POST.", allow: "POST");
    }

    private static GraphQLOperationDefinition? SelectOperation(GraphQLDocument document, string? operationName)
    {
        GraphQLOperationDefinition? only = null;
        var count = 0;
        foreach (var definition in document.Definitions)
        {
            if (definition is not GraphQLOperationDefinition operation)
            {
                continue;
            }

            if (operationName is null)
            {
                only = operation;
                count++;
            }
            else if (operation.Name is { } name && name.Value.Span.SequenceEqual(operationName))
            {
                return operation;
            }
        }

        // Anything ambiguous or unknown is left to the executer, which reports it as a request error.
        return count == 1 ? only : null;
    }

    private async Task WriteResultAsync(HttpContext context, ExecutionResult result, string mediaType)
    {
        var response = context.Response;
        response.StatusCode = StatusCodeOf(result, mediaType);
        response.ContentType = mediaType + "; charset=utf-8";
        response.Headers.CacheControl = "no-store";
        response.Headers.Vary = "Accept";
        await serializer.WriteAsync(response.Body, result, context.RequestAborted);
    }

    private static int StatusCodeOf(ExecutionResult result, string mediaType)
    {
        if (result.Executed)
        {
            return StatusCodes.Status200OK;
        }

        // No data. A request error (parse, validation, variable coercion, unknown operation) is the client's: 400 with
        // the new media type, 200 with application/json, whose legacy contract is 200 for every well-formed request.
        var errors = result.Errors ?? [];
        if (errors.Count > 0 && errors.All(error => error is DocumentError or RequestError))
        {
            return mediaType == GraphQLMediaTypes.Json ? StatusCodes.Status200OK : StatusCodes.Status400BadRequest;
        }

        // Otherwise the server gave up or failed before producing data, which no client should read as success.
        return errors.Any(error => error is TimeoutError)
            ? StatusCodes.Status504GatewayTimeout
            : StatusCodes.Status500InternalServerError;
    }

    private Task RejectAsync(HttpContext context, string mediaType, GraphQLHttpError error)
    {
        GraphQLHttpLog.Rejected(logger, error.StatusCode, error.Code, error.Message);
        return GraphQLHttpErrorWriter.WriteAsync(context, error, mediaType);
    }

    /// <summary>The operation to name in a log entry; only read on failures, so parsing again is affordable.</summary>
    private string OperationNameOf(GraphQLRequest? request)
    {
        if (request?.OperationName is { } name)
        {
            return name;
        }

        try
        {
            return request?.Query is { } query && SelectOperation(documentBuilder.Build(query), null)?.Name is { } parsed
                ? parsed.StringValue
                : "(anonymous)";
        }
        catch (Exception)
        {
            // Naming the operation is a courtesy to the log; it must not hide the failure being logged.
            return "(unparsable)";
        }
    }
}
