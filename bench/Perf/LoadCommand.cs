using System.Globalization;
using System.Net;

namespace Perf;

/// <summary>
/// Runs every target at every concurrency, targets back to back per concurrency so the baseline ("direct", the
/// first target) sees the same machine load as the paths compared with it, and prints a Markdown table:
/// throughput, p50/p99 latency and p50/p99 added over direct (path percentile − direct percentile).
/// </summary>
internal static class LoadCommand
{
    public static async Task<int> RunAsync(Args args)
    {
        var gcFiles = args.All("gc-file").Select(s => s.Split('=', 2)).ToDictionary(s => s[0], s => s[1]);
        var targets = args.All("target").Select(t => Target.Parse(t, gcFiles)).ToList();
        var pids = args.All("pid").Select(s => s.Split('=', 2)).ToDictionary(s => s[0], s => (int?)int.Parse(s[1], CultureInfo.InvariantCulture));
        var levels = args.Get("concurrency", "1 50 200").Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(int.Parse).ToList();
        var requests = args.Int("requests", 2000);
        var warmup = args.Int("warmup", 200);
        var unique = bool.Parse(args.Get("unique", "true"));
        var baseline = args.Get("baseline", targets[0].Name);

        using var client = new HttpClient(new SocketsHttpHandler
        {
            MaxConnectionsPerServer = int.MaxValue,
            PooledConnectionLifetime = Timeout.InfiniteTimeSpan,
            UseProxy = false,
            AutomaticDecompression = DecompressionMethods.None,
        })
        { Timeout = TimeSpan.FromSeconds(60) };

        Console.WriteLine("| path | conc | n | errors | req/s | p50 ms | p99 ms | added p50 ms | added p99 ms | CPU ms/req | alloc KB/req | served as |");
        Console.WriteLine("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|");
        var failed = false;
        foreach (var concurrency in levels)
        {
            (double P50, double P99)? direct = null;
            foreach (var target in targets)
            {
                var run = new LoadRun(client, target, unique);
                await run.RunAsync(concurrency, Math.Max(warmup, concurrency));
                var before = GcStats.Read(target.GcFile);
                var cpuBefore = ProcessCpu.Read(pids.GetValueOrDefault(target.Name));
                var result = await run.RunAsync(concurrency, requests);
                await Task.Delay(target.GcFile is null ? 0 : 250);
                var after = GcStats.Read(target.GcFile);
                var cpuAfter = ProcessCpu.Read(pids.GetValueOrDefault(target.Name));
                var cpu = cpuBefore is null || cpuAfter is null
                    ? ""
                    : ((cpuAfter.Value - cpuBefore.Value).TotalMilliseconds / requests).ToString("0.00", CultureInfo.InvariantCulture);

                var p50 = Stats.Percentile(result.LatenciesMs, 50);
                var p99 = Stats.Percentile(result.LatenciesMs, 99);
                if (target.Name == baseline)
                {
                    direct = (p50, p99);
                }

                var added = target.Name == baseline || direct is null
                    ? ("", "")
                    : (Stats.Signed(p50 - direct.Value.P50), Stats.Signed(p99 - direct.Value.P99));
                var alloc = before is null || after is null
                    ? ""
                    : ((after.AllocatedBytes - before.AllocatedBytes) / 1024.0 / requests).ToString("0.0", CultureInfo.InvariantCulture);
                var servedAs = string.Join(" ", result.Routes.OrderByDescending(r => r.Value).Select(r => $"{r.Key}:{r.Value}"));
                Console.WriteLine($"| {target.Name} | {concurrency} | {requests} | {result.Errors} | {(requests / result.Seconds).ToString("0", CultureInfo.InvariantCulture)} | {Stats.Ms(p50)} | {Stats.Ms(p99)} | {added.Item1} | {added.Item2} | {cpu} | {alloc} | {servedAs} |");
                if (result.FirstError is not null)
                {
                    Console.Error.WriteLine($"{target.Name} @ {concurrency}: first error: {result.FirstError}");
                    failed = true;
                }
            }
        }

        return failed ? 1 : 0;
    }
}
