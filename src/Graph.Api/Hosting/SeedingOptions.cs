namespace Graph.Api.Hosting;

/// <summary>Whether the server loads the bundled corpus into an empty store at start-up (<c>Graph:SeedBundledCorpus</c>).</summary>
public sealed class SeedingOptions
{
    public const string SectionName = "Graph";

    /// <summary>True by default, so a fresh clone serves data at once.</summary>
    public bool SeedBundledCorpus { get; set; } = true;
}
