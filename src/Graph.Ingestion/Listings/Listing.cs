namespace Graph.Ingestion.Listings;

/// <summary>What a listing held.</summary>
/// <param name="Source">The file or source name it was read from.</param>
/// <param name="Format">The format it was read as.</param>
/// <param name="Papers">Its papers, in listing order.</param>
/// <param name="Notes">Assumptions made while reading (an inferred page year), for the caller to show.</param>
public sealed record Listing(
    string Source, ListingFormat Format, IReadOnlyList<ListingPaper> Papers, IReadOnlyList<string> Notes);
