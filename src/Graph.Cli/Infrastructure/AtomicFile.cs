namespace Graph.Cli.Infrastructure;

/// <summary>
/// A file written beside its target and moved into place on <see cref="CommitAsync"/>, so a failed or
/// interrupted export never leaves a truncated file where a good one was.
/// </summary>
internal sealed class AtomicFile : IAsyncDisposable
{
    private readonly string _target;
    private readonly string _partial;
    private bool _committed;

    public AtomicFile(string path)
    {
        _target = Path.GetFullPath(path);
        _partial = _target + ".partial";
        Stream = new FileStream(_partial, FileMode.Create, FileAccess.Write, FileShare.None, bufferSize: 1 << 16);
    }

    public FileStream Stream { get; }

    public async Task CommitAsync(CancellationToken cancellationToken)
    {
        await Stream.FlushAsync(cancellationToken);
        Stream.Flush(flushToDisk: true);
        await Stream.DisposeAsync();
        File.Move(_partial, _target, overwrite: true);
        _committed = true;
    }

    public async ValueTask DisposeAsync()
    {
        if (!_committed)
        {
            await Stream.DisposeAsync();
            File.Delete(_partial);
        }
    }
}
