using Graph.Core.Domain;
using GraphQL.DataLoader;

namespace Graph.Api.GraphQL.Types;

/// <summary>A co-occurring term (still loading, batched with its siblings) and its number of shared papers.</summary>
public sealed record CoOccurrenceView(IDataLoaderResult<Entity?> Term, int Papers);
