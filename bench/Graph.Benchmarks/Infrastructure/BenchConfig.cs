using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Reports;

namespace Graph.Benchmarks.Infrastructure;

/// <summary>
/// The configuration every benchmark runs with: one process launch, 3 warm-up and 10 measured iterations (each of as
/// many operations as fill BenchmarkDotNet's iteration time), GitHub markdown reports (BenchmarkDotNet's default
/// exporters), median and P95, and MB/s.
/// </summary>
public static class BenchConfig
{
    /// <summary>
    /// The configuration; without <paramref name="measuredJob"/> it defines no job, so that a job given on the
    /// command line (<c>--job dry</c> for a quick check) is the one that runs. BenchmarkDotNet would otherwise take
    /// a default job from the configuration over the command line's.
    /// </summary>
    public static IConfig Create(bool measuredJob)
    {
        var config = DefaultConfig.Instance
            .AddColumn(StatisticColumn.Median, StatisticColumn.P95, new ThroughputColumn())
            .WithSummaryStyle(SummaryStyle.Default.WithMaxParameterColumnWidth(40));
        return measuredJob
            ? config.AddJob(Job.Default.WithLaunchCount(1).WithWarmupCount(3).WithIterationCount(10).AsDefault())
            : config;
    }
}
