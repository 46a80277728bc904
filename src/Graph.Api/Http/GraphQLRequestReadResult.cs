using GraphQL.Transport;

namespace Graph.Api.Http;

/// <summary>Either a GraphQL request read from HTTP, or the reason it could not be read.</summary>
internal readonly record struct GraphQLRequestReadResult(GraphQLRequest? Request, GraphQLHttpError? Error)
{
    public static implicit operator GraphQLRequestReadResult(GraphQLRequest request) => new(request, null);

    public static implicit operator GraphQLRequestReadResult(GraphQLHttpError error) => new(null, error);
}
