namespace Graph.Api.Ide;

/// <summary>The self-hosted Banana Cake Pop IDE, bound from <c>Graph:Ide</c>.</summary>
public sealed class BananaCakePopOptions
{
    /// <summary>The configuration section these options are bound from.</summary>
    public const string SectionName = "Graph:Ide";

    /// <summary>The folder, below the application's base directory, that the build copies the IDE into.</summary>
    public const string DefaultAssetsFolder = "bananacakepop";

    /// <summary>Whether browsers that open the GraphQL endpoint get the IDE.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>Where the IDE's files are; defaults to <see cref="DefaultAssetsFolder"/> beside the application.</summary>
    public string? AssetsPath { get; set; }

    /// <summary>The title the IDE shows.</summary>
    public string Title { get; set; } = "Graph";

    /// <summary>The document a new tab starts with; none when empty.</summary>
    public string? Document { get; set; }

    /// <summary>
    /// Whether the IDE may report usage to ChilliCream. Off by default: a self-hosted IDE should not call home.
    /// </summary>
    public bool EnableTelemetry { get; set; }

    /// <summary>Whether the IDE sends the browser's cookies with its GraphQL requests.</summary>
    public bool IncludeCookies { get; set; }

    /// <summary>The resolved folder of the IDE's files.</summary>
    public string ResolvedAssetsPath =>
        Path.GetFullPath(string.IsNullOrWhiteSpace(AssetsPath)
            ? Path.Combine(AppContext.BaseDirectory, DefaultAssetsFolder)
            : AssetsPath);
}
