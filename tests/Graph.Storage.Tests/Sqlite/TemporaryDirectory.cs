namespace Graph.Storage.Tests.Sqlite;

/// <summary>A directory under the system temp folder for test databases, removed with everything in it.</summary>
public sealed class TemporaryDirectory : IDisposable
{
    public string Path { get; } = Directory.CreateTempSubdirectory("graph-storage-tests-").FullName;

    /// <summary>A path for a database file that does not exist yet.</summary>
    public string NewFile(string extension = ".db") =>
        System.IO.Path.Combine(Path, Guid.NewGuid().ToString("N") + extension);

    public void Dispose()
    {
        if (Directory.Exists(Path))
        {
            Directory.Delete(Path, recursive: true);
        }
    }
}
