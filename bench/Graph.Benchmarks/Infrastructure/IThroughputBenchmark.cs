using BenchmarkDotNet.Running;

namespace Graph.Benchmarks.Infrastructure;

/// <summary>A benchmark that processes a known number of bytes per operation, for the MB/s column.</summary>
public interface IThroughputBenchmark
{
    /// <summary>The bytes one operation of <paramref name="benchmarkCase"/> processes.</summary>
    long BytesPerOperation(BenchmarkCase benchmarkCase);
}
