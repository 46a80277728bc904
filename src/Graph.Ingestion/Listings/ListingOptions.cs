namespace Graph.Ingestion.Listings;

/// <summary>How to read listings.</summary>
/// <param name="PageYear">
/// The year of a Daily Papers page, for dates shown without one. Null: inferred (see
/// <see cref="HfDailyPapersTextParser"/>).
/// </param>
public sealed record ListingOptions(int? PageYear = null);
