namespace Graph.Ingestion.Listings;

/// <summary>A listing that cannot be read: the message names the file and, where it helps, the line.</summary>
public sealed class ListingFormatException : Exception
{
    /// <summary>Creates an error about <paramref name="source"/> at <paramref name="line"/> (1-based; 0 for the whole file).</summary>
    public ListingFormatException(string source, int line, string problem)
        : base(line > 0 ? $"{source}:{line}: {problem}" : $"{source}: {problem}")
    {
        Source = source;
        Line = line;
        Problem = problem;
    }

    /// <summary>The file (or other source name) that failed.</summary>
    public new string Source { get; }

    /// <summary>The 1-based line of the problem, or 0 when it concerns the whole file.</summary>
    public int Line { get; }

    /// <summary>What is wrong, without the location.</summary>
    public string Problem { get; }
}
