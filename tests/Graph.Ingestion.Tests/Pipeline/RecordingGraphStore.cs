using System.Collections.Concurrent;
using System.Reflection;
using Graph.Core.Domain;
using Graph.Core.Storage;

namespace Graph.Ingestion.Tests.Pipeline;

/// <summary>
/// A store port that keeps every batch written to it and supports nothing else, so the ingestion pipeline can be
/// tested without a database. <see cref="FailOnWrite"/> makes a write fail, as a full disk would.
/// </summary>
public class RecordingGraphStore : DispatchProxy
{
    /// <summary>The batches written, in order.</summary>
    public ConcurrentQueue<GraphBatch> Batches { get; } = new();

    /// <summary>The 1-based write that fails, if any.</summary>
    public int? FailOnWrite { get; set; }

    /// <summary>The papers written, in order.</summary>
    public IEnumerable<PaperGraph> Papers => Batches.SelectMany(b => b.Papers);

    public static (IGraphStore Store, RecordingGraphStore Recorder) Create()
    {
        var proxy = Create<IGraphStore, RecordingGraphStore>();
        return (proxy, (RecordingGraphStore)(object)proxy);
    }

    protected override object? Invoke(MethodInfo? targetMethod, object?[]? args)
    {
        ArgumentNullException.ThrowIfNull(targetMethod);
        ArgumentNullException.ThrowIfNull(args);
        if (targetMethod.Name != nameof(IGraphStore.WriteAsync))
        {
            throw new NotSupportedException($"{targetMethod.Name} is not recorded.");
        }

        var batch = (GraphBatch)args[0]!;
        if (Batches.Count + 1 == FailOnWrite)
        {
            return Task.FromException<WriteSummary>(new GraphStoreException(nameof(IGraphStore.WriteAsync), new IOException("disk full")));
        }

        Batches.Enqueue(batch);
        var links = Enum.GetValues<EntityKind>().ToDictionary(
            kind => kind, kind => batch.Papers.Sum(p => p.Mentions.Count(m => m.Kind == kind)));
        return Task.FromResult(new WriteSummary(batch.Papers.Count, batch.Entities.Count, links, batch.Papers.Sum(p => p.Candidates.Count)));
    }
}
