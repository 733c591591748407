using System.Diagnostics;
using System.Net.Http.Headers;
using System.Text;

namespace Perf;

/// <summary>One measured run: <c>requests</c> calls by <c>concurrency</c> workers, each call timed from send to
/// the last byte of the body. Bodies are unique per call (a counter in the user text) so no cache answers.</summary>
internal sealed class LoadRun(HttpClient client, Target target, bool uniqueBodies)
{
    // A nonce per load-generator process: prompts stay unique across runs too (the Redis cache outlives a run).
    private static readonly string RunId = Guid.NewGuid().ToString("N")[..8];
    private static long _sequence;

    public sealed record Result(double[] LatenciesMs, double Seconds, int Errors, IReadOnlyDictionary<string, int> Routes, string? FirstError);

    public async Task<Result> RunAsync(int concurrency, int requests)
    {
        var latencies = new double[requests];
        var next = -1;
        var errors = 0;
        string? firstError = null;
        var routes = new System.Collections.Concurrent.ConcurrentDictionary<string, int>();
        var started = Stopwatch.GetTimestamp();
        var workers = Enumerable.Range(0, concurrency).Select(_ => Task.Run(async () =>
        {
            int i;
            while ((i = Interlocked.Increment(ref next)) < requests)
            {
                var (ms, ok, route, error) = await SendOneAsync();
                latencies[i] = ms;
                if (!ok && Interlocked.Increment(ref errors) == 1)
                {
                    firstError = error;
                }

                routes.AddOrUpdate(route ?? "-", 1, (_, n) => n + 1);
            }
        })).ToArray();
        await Task.WhenAll(workers);
        var seconds = Stopwatch.GetElapsedTime(started).TotalSeconds;
        return new Result(latencies, seconds, errors, routes, firstError);
    }

    private async Task<(double Ms, bool Ok, string? Route, string? Error)> SendOneAsync()
    {
        using var message = new HttpRequestMessage(HttpMethod.Post, target.Url) { Content = Body() };
        foreach (var (name, value) in target.Headers)
        {
            message.Headers.TryAddWithoutValidation(name, value);
        }

        var start = Stopwatch.GetTimestamp();
        try
        {
            using var response = await client.SendAsync(message, HttpCompletionOption.ResponseContentRead);
            var body = await response.Content.ReadAsStringAsync();
            var ms = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
            var route = response.Headers.TryGetValues("x-router-route", out var values) ? values.First() : null;
            var cache = response.Headers.TryGetValues("x-router-cache", out var hits) ? hits.First() : null;
            return (ms, response.IsSuccessStatusCode, cache is null ? route : $"{route}/{cache}",
                response.IsSuccessStatusCode ? null : $"{(int)response.StatusCode}: {body[..Math.Min(body.Length, 300)]}");
        }
        catch (HttpRequestException e)
        {
            return (Stopwatch.GetElapsedTime(start).TotalMilliseconds, false, null, e.Message);
        }
    }

    private ByteArrayContent Body()
    {
        // A short, plain question: not sensitive, easy, so the policy picks the private route (the stub).
        var tag = uniqueBodies ? $"{RunId}-{Interlocked.Increment(ref _sequence)}" : "fixed";
        var json = $$"""{"model":"auto","max_tokens":64,"messages":[{"role":"user","content":"What is the capital of France? Answer in one short sentence. Ref {{tag}}."}]}""";
        var content = new ByteArrayContent(Encoding.UTF8.GetBytes(json));
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        return content;
    }
}
