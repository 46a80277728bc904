using Graph.Core.Querying;

namespace Graph.Api.GraphQL.Connections;

/// <summary>A page of a list with a way to count the whole list, run only when a client asks for <c>totalCount</c>.</summary>
public sealed record Connection<T>(Page<T> Page, Func<CancellationToken, Task<long>> CountAsync);
