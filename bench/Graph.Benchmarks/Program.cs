using BenchmarkDotNet.Running;
using Graph.Benchmarks.Infrastructure;
using Graph.Benchmarks.Load;

// `load ...` runs the HTTP load generator; anything else goes to BenchmarkDotNet (--filter, --list, --job, ...).
if (args.Length > 0 && args[0] == "load")
{
    return await LoadCommand.RunAsync(args[1..]);
}

var jobOnCommandLine = args.Any(a => a is "--job" or "-j" || a.StartsWith("--job=", StringComparison.Ordinal));
BenchmarkSwitcher.FromAssembly(typeof(BenchCorpus).Assembly).Run(args, BenchConfig.Create(measuredJob: !jobOnCommandLine));
return 0;
