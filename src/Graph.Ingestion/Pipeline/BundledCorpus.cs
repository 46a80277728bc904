using Graph.Ingestion.Listings;

namespace Graph.Ingestion.Pipeline;

/// <summary>The corpus that ships with Graph (data/corpus), built into this assembly so the server can load it anywhere.</summary>
public static class BundledCorpus
{
    /// <summary>The bundled Hugging Face Daily Papers page.</summary>
    public const string FileName = "hf-daily-papers.txt";

    /// <summary>The year of the bundled page: its undated entries are from 2025, the year after the latest it shows.</summary>
    public const int PageYear = 2025;

    /// <summary>Reads and parses the bundled page.</summary>
    public static Listing Read(ListingReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        using var stream = typeof(BundledCorpus).Assembly.GetManifestResourceStream("corpus/" + FileName)
            ?? throw new InvalidOperationException("The bundled corpus is missing from the assembly.");
        using var memory = new MemoryStream();
        stream.CopyTo(memory);
        return reader.Parse(memory.ToArray(), "bundled " + FileName, new ListingOptions(PageYear));
    }
}
