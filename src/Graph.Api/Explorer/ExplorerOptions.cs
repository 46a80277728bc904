namespace Graph.Api.Explorer;

/// <summary>The Explorer, the web front end served at the site root, bound from <c>Graph:Explorer</c>.</summary>
public sealed class ExplorerOptions
{
    /// <summary>The configuration section these options are bound from.</summary>
    public const string SectionName = "Graph:Explorer";

    /// <summary>The folder, below the application's base directory, that the build copies the Explorer into.</summary>
    public const string DefaultAssetsFolder = "explorer";

    /// <summary>Whether the server serves the Explorer at <c>/</c>.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>Where the built Explorer is; defaults to <see cref="DefaultAssetsFolder"/> beside the application.</summary>
    public string? AssetsPath { get; set; }

    /// <summary>The resolved folder of the Explorer's files.</summary>
    public string ResolvedAssetsPath =>
        Path.GetFullPath(string.IsNullOrWhiteSpace(AssetsPath)
            ? Path.Combine(AppContext.BaseDirectory, DefaultAssetsFolder)
            : AssetsPath);
}
