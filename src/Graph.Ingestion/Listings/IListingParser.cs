namespace Graph.Ingestion.Listings;

/// <summary>Reads one listing format.</summary>
public interface IListingParser
{
    /// <summary>The format this parser reads.</summary>
    ListingFormat Format { get; }

    /// <summary>Parses a whole listing.</summary>
    /// <exception cref="ListingFormatException">The text is not a valid listing of this format.</exception>
    Listing Parse(string text, string source, ListingOptions options);
}
