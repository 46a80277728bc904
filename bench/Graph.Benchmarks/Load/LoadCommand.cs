using System.Diagnostics;
using System.Globalization;

namespace Graph.Benchmarks.Load;

/// <summary>
/// <c>load --url URL [--scenario page50|mix] [--concurrency 1,4,16] [--duration S] [--warmup S] [--label TEXT]</c>:
/// closed-loop clients on loopback, each sending its next request when the previous one answers, for a fixed time;
/// prints a markdown table of throughput and latency percentiles per concurrency and per query.
/// </summary>
public static class LoadCommand
{
    public static async Task<int> RunAsync(string[] args)
    {
        ArgumentNullException.ThrowIfNull(args);
        var options = Options(args);
        var endpoint = new Uri(options.GetValueOrDefault("url", "http://127.0.0.1:5080/graphql"));
        if (!endpoint.IsLoopback)
        {
            Console.Error.WriteLine("load: only servers on this machine (loopback) may be load-tested.");
            return 2;
        }

        var scenario = options.GetValueOrDefault("scenario", "page50");
        if (!LoadQueries.Scenarios.Contains(scenario))
        {
            Console.Error.WriteLine($"load: --scenario is one of {string.Join(", ", LoadQueries.Scenarios)}.");
            return 2;
        }

        var concurrencies = options.GetValueOrDefault("concurrency", "1,4,16")
            .Split(',').Select(c => int.Parse(c, CultureInfo.InvariantCulture)).ToArray();
        var duration = TimeSpan.FromSeconds(double.Parse(options.GetValueOrDefault("duration", "20"), CultureInfo.InvariantCulture));
        var warmup = TimeSpan.FromSeconds(double.Parse(options.GetValueOrDefault("warmup", "5"), CultureInfo.InvariantCulture));
        var label = options.GetValueOrDefault("label", scenario);

        using var client = new HttpClient { Timeout = TimeSpan.FromSeconds(60) };
        var queries = await LoadQueries.ReadAsync(client, endpoint, CancellationToken.None);
        Console.WriteLine($"| run | clients | requests | errors | req/s | p50 ms | p90 ms | p99 ms | max ms |");
        Console.WriteLine("|---|---:|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var clients in concurrencies)
        {
            await RunClientsAsync(client, endpoint, queries, scenario, clients, warmup);
            var samples = await RunClientsAsync(client, endpoint, queries, scenario, clients, duration);
            Print($"{label}, all", clients, samples, duration);
            if (scenario == "mix")
            {
                foreach (var group in samples.GroupBy(s => s.Name).OrderBy(g => g.Key, StringComparer.Ordinal))
                {
                    Print($"{label}, {group.Key}", clients, group.ToList(), duration);
                }
            }
        }

        return 0;
    }

    private static async Task<List<Sample>> RunClientsAsync(
        HttpClient client, Uri endpoint, LoadQueries queries, string scenario, int clients, TimeSpan duration)
    {
        var samples = new List<Sample>();
        var end = Stopwatch.GetTimestamp() + (long)(duration.TotalSeconds * Stopwatch.Frequency);
        var workers = Enumerable.Range(0, clients).Select(async worker =>
        {
            var random = new Random(1_000 + worker);
            var mine = new List<Sample>();
            while (Stopwatch.GetTimestamp() < end)
            {
                var (name, query, variables) = queries.Next(scenario, random);
                var start = Stopwatch.GetTimestamp();
                var ok = true;
                try
                {
                    await LoadClient.QueryAsync(client, endpoint, query, variables, CancellationToken.None);
                }
                catch (HttpRequestException e)
                {
                    ok = false;
                    Console.Error.WriteLine($"load: {name}: {e.Message}");
                }

                mine.Add(new Sample(name, Stopwatch.GetElapsedTime(start).TotalMilliseconds, ok));
            }

            return mine;
        }).ToList();
        foreach (var worker in workers)
        {
            samples.AddRange(await worker);
        }

        return samples;
    }

    private static void Print(string run, int clients, List<Sample> samples, TimeSpan duration)
    {
        var latencies = samples.Select(s => s.Milliseconds).Order().ToArray();
        string P(double q) => latencies.Length == 0
            ? "-"
            : latencies[Math.Min(latencies.Length - 1, (int)Math.Ceiling(q * latencies.Length) - 1)].ToString("0.0", CultureInfo.InvariantCulture);
        var throughput = (samples.Count / duration.TotalSeconds).ToString("0.0", CultureInfo.InvariantCulture);
        Console.WriteLine(
            $"| {run} | {clients} | {samples.Count} | {samples.Count(s => !s.Ok)} | {throughput} | {P(0.50)} | {P(0.90)} | {P(0.99)} | {P(1.0)} |");
    }

    private static Dictionary<string, string> Options(string[] args)
    {
        var options = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i + 1 < args.Length; i += 2)
        {
            options[args[i].TrimStart('-')] = args[i + 1];
        }

        return options;
    }

    private sealed record Sample(string Name, double Milliseconds, bool Ok);
}
