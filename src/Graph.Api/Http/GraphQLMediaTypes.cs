namespace Graph.Api.Http;

/// <summary>The media types of GraphQL over HTTP requests and responses.</summary>
public static class GraphQLMediaTypes
{
    /// <summary>The response media type of the GraphQL over HTTP spec; status codes follow the outcome.</summary>
    public const string GraphQLResponseJson = "application/graphql-response+json";

    /// <summary>The legacy response media type, and the only request body media type accepted.</summary>
    public const string Json = "application/json";
}
