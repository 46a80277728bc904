using Graph.Core.Domain;
using Graph.Ingestion.Listings;

namespace Graph.Api.Curation;

/// <summary>What an <c>ingest</c> mutation loaded.</summary>
public sealed record IngestOutcome(ListingFormat Format, int Papers, IReadOnlyDictionary<EntityKind, int> LinksByKind, IReadOnlyList<string> Notes);
