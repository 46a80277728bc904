namespace Graph.Ingestion.Listings;

/// <summary>The listing formats the ingester reads; picked from a file's content, never its name.</summary>
public enum ListingFormat
{
    /// <summary>The text of a Hugging Face Daily Papers page, as copied or scraped from a browser.</summary>
    HfDailyPapersText,

    /// <summary>The JSON the Hugging Face daily-papers API returns.</summary>
    HfDailyPapersJson,

    /// <summary>Graph's own newline-delimited JSON for bulk loads (docs/ndjson-format.md).</summary>
    GraphNdjson,
}
