namespace Graph.Tests.Shared;

/// <summary>Paths inside the repository, found from the test assembly's location.</summary>
internal static class RepoPaths
{
    public static string Root { get; } = FindRoot();

    public static string BundledCorpus => Path.Combine(Root, "data", "corpus", "hf-daily-papers.txt");

    public static string Vocabulary => Path.Combine(Root, "data", "vocabulary");

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Graph.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Graph.sln not found above " + AppContext.BaseDirectory);
    }
}
