using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Router;
using Router.Backends;

namespace HopBench;

internal sealed record BenchSettings(Uri Worker, Uri? App, string AppKey, int Requests, int Rounds, int[] Concurrency, int MaxTokens);

/// <summary>Builds the paths (the backend as the router's <c>AddRouter</c> registers it), warms each, runs each
/// concurrency level over every path in turn, and prints the table.</summary>
internal static class Bench
{
    public static async Task RunAsync(BenchSettings s, TextWriter output, CancellationToken cancellationToken = default)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Backends:GpuWorker:BaseUrl"] = s.Worker.ToString(),
            ["Backends:GpuWorker:ColdStartWait"] = "00:00:10",
        }).Build();
        await using var provider = new ServiceCollection().AddLogging().AddRouter(configuration).BuildServiceProvider();
        var backend = provider.GetServices<IChatBackend>().Single(b => b.Name == BackendNames.GpuWorker);

        using var direct = new HttpClient { BaseAddress = s.Worker, Timeout = TimeSpan.FromMinutes(2) };
        using var appClient = new HttpClient { BaseAddress = s.App, Timeout = TimeSpan.FromMinutes(2) };
        appClient.DefaultRequestHeaders.Add("api-key", s.AppKey);
        var targets = new List<IHopTarget> { new DirectTarget(direct, s.MaxTokens), new BackendTarget(backend, s.MaxTokens) };
        if (s.App is not null)
        {
            targets.Add(new AppTarget(appClient, s.MaxTokens));
        }

        // Warm-up: JIT, connection pools, the app's first-call paths; also a different seed from every run.
        foreach (var target in targets)
        {
            await LoadRunner.RunAsync(target, s.Concurrency.Max(), Math.Min(s.Requests, 2 * s.Concurrency.Max()), seed: 1, cancellationToken);
        }

        // Rounds with the path order rotated, pooled per path: drift of a shared machine (other load, GC, the
        // worker's KV state) then lands on every path alike instead of on whichever ran last.
        var results = new List<RunResult>();
        var seed = 100;
        foreach (var c in s.Concurrency)
        {
            var pooled = targets.ToDictionary(t => t, _ => new List<RunResult>());
            for (var round = 0; round < s.Rounds; round++)
            {
                foreach (var target in targets.Skip(round % targets.Count).Concat(targets.Take(round % targets.Count)))
                {
                    var run = await LoadRunner.RunAsync(target, c, s.Requests, seed++, cancellationToken);
                    await output.WriteLineAsync($"  round {round + 1}, concurrency {c}, {target.Name}: p50 {run.P50:F2} ms, p99 {run.P99:F2} ms, {run.RequestsPerSecond:F0} req/s");
                    pooled[target].Add(run);
                }
            }

            foreach (var target in targets)
            {
                var merged = RunResult.Merge(pooled[target]);
                results.Add(merged);
            }
        }

        await output.WriteLineAsync();
        ResultTable.Print(results, output);
    }
}
