using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Text;

namespace Perf;

/// <summary>
/// Load for the fault run (scripts/fault-run.sh): <c>--concurrency</c> callers post unique chat completions for
/// <c>--duration-s</c> seconds, one in four with the budgeted tenant's key. Writes one TSV line per call (tenant,
/// request id from x-request-id, HTTP status, seconds since start) to <c>--out</c>; prints progress every 5 s.
/// </summary>
internal static class FaultLoadCommand
{
    public static async Task<int> RunAsync(Args args)
    {
        var app = new Uri(args.Get("app"));
        var keys = new[] { (Tenant: "open", Key: args.Get("key-open")), (Tenant: "capped", Key: args.Get("key-capped")) };
        var duration = TimeSpan.FromSeconds(args.Int("duration-s", 60));
        var concurrency = args.Int("concurrency", 8);
        using var client = new HttpClient { BaseAddress = app, Timeout = TimeSpan.FromSeconds(15) };
        var calls = new ConcurrentQueue<string>();
        var clock = Stopwatch.StartNew();
        var next = 0;
        var errors = 0;

        using var progress = new Timer(_ => Console.Error.WriteLine(
            $"  t={clock.Elapsed.TotalSeconds,5:0}s calls={calls.Count} errors={Volatile.Read(ref errors)}"), null, TimeSpan.FromSeconds(5), TimeSpan.FromSeconds(5));
        await Task.WhenAll(Enumerable.Range(0, concurrency).Select(async _ =>
        {
            while (clock.Elapsed < duration)
            {
                var n = Interlocked.Increment(ref next);
                var (tenant, key) = keys[n % 4 == 0 ? 1 : 0];
                using var request = new HttpRequestMessage(HttpMethod.Post, "api/v1/chat/completions")
                {
                    Content = new StringContent(
                        $$"""{"max_tokens":16,"messages":[{"role":"user","content":"Fault run call {{n}}: name a river."}]}""", Encoding.UTF8, "application/json"),
                };
                request.Headers.Add("api-key", key);
                string id = "-", status;
                try
                {
                    using var response = await client.SendAsync(request);
                    id = response.Headers.TryGetValues("x-request-id", out var ids) ? ids.First() : "-";
                    status = ((int)response.StatusCode).ToString(CultureInfo.InvariantCulture);
                    if (!response.IsSuccessStatusCode)
                    {
                        Interlocked.Increment(ref errors);
                    }
                }
                catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
                {
                    status = "no-answer";
                    Interlocked.Increment(ref errors);
                    await Task.Delay(200);
                }

                calls.Enqueue(string.Create(CultureInfo.InvariantCulture, $"{tenant}\t{id}\t{status}\t{clock.Elapsed.TotalSeconds:0.0}"));
            }
        }));

        await File.WriteAllLinesAsync(args.Get("out"), calls);
        return 0;
    }
}
