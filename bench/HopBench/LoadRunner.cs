using System.Diagnostics;

namespace HopBench;

/// <summary>Sends a bounded number of requests through a target with a fixed number in flight.</summary>
internal static class LoadRunner
{
    public static async Task<RunResult> RunAsync(IHopTarget target, int concurrency, int requests, int seed, CancellationToken cancellationToken = default)
    {
        var latencies = new double[requests];
        var tokens = 0;
        var next = -1;
        var wall = Stopwatch.StartNew();
        var lanes = Enumerable.Range(0, concurrency).Select(async _ =>
        {
            int i;
            while ((i = Interlocked.Increment(ref next)) < requests)
            {
                // The same prompts in every mode (greedy, so the same completions); the seed only changes the
                // router's cache key, so a run never hits the previous run's cached answers.
                var started = Stopwatch.GetTimestamp();
                var produced = await target.SendAsync($"hop bench request {i:D4}", seed, cancellationToken);
                latencies[i] = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
                Interlocked.Add(ref tokens, produced);
            }
        });
        await Task.WhenAll(lanes);
        return new RunResult(target.Name, concurrency, requests, latencies, tokens, wall.Elapsed);
    }
}

internal sealed record RunResult(string Target, int Concurrency, int Requests, double[] LatenciesMs, int CompletionTokens, TimeSpan Wall)
{
    public double P50 => Percentile(0.50);

    public double P99 => Percentile(0.99);

    public double RequestsPerSecond => Requests / Wall.TotalSeconds;

    /// <summary>Several runs of one path as one: all latencies, summed requests, tokens and wall time.</summary>
    public static RunResult Merge(IReadOnlyList<RunResult> runs) => new(
        runs[0].Target, runs[0].Concurrency, runs.Sum(r => r.Requests), runs.SelectMany(r => r.LatenciesMs).ToArray(),
        runs.Sum(r => r.CompletionTokens), TimeSpan.FromTicks(runs.Sum(r => r.Wall.Ticks)));

    /// <summary>Nearest-rank percentile.</summary>
    private double Percentile(double p)
    {
        var sorted = LatenciesMs.Order().ToArray();
        var rank = (int)Math.Ceiling(p * sorted.Length);
        return sorted[Math.Clamp(rank - 1, 0, sorted.Length - 1)];
    }
}
