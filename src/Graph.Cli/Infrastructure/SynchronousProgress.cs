namespace Graph.Cli.Infrastructure;

/// <summary>
/// Reports progress on the reporting thread. <see cref="Progress{T}"/> posts to the thread pool, so its reports
/// can arrive after the work has finished and the progress display is gone.
/// </summary>
internal sealed class SynchronousProgress<T>(Action<T> report) : IProgress<T>
{
    private readonly Lock _gate = new();

    public void Report(T value)
    {
        lock (_gate)
        {
            report(value);
        }
    }
}
