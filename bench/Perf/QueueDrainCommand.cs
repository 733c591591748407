using System.Diagnostics;
using System.Globalization;
using System.Text.Json.Nodes;
using Azure.Storage.Queues;

namespace Perf;

/// <summary>
/// Local batch queue throughput: drops N messages with unique prompts (no cache hits) on the queue the app
/// consumes, then polls <c>GET /api/batch/{id}</c> until every one has a result. Prints one Markdown row:
/// messages, seconds from the first send to the last result, messages per second.
/// </summary>
internal static class QueueDrainCommand
{
    private const int SendParallelism = 32;

    public static async Task<int> RunAsync(Args args)
    {
        var app = new Uri(args.Get("app"));
        var queue = new QueueClient(args.Get("storage"), args.Get("queue"), new QueueClientOptions { MessageEncoding = QueueMessageEncoding.None });
        var tenant = args.Get("tenant");
        var count = args.Int("messages", 300);
        var label = args.Get("label", "");
        using var client = new HttpClient { BaseAddress = app, Timeout = TimeSpan.FromSeconds(30) };
        client.DefaultRequestHeaders.Add("api-key", args.Get("key"));
        await queue.CreateIfNotExistsAsync();

        var run = Guid.NewGuid().ToString("N")[..8];
        var ids = Enumerable.Range(0, count).Select(i => $"drain-{run}-{i:00000}").ToList();
        var clock = Stopwatch.StartNew();
        await Parallel.ForEachAsync(ids, new ParallelOptions { MaxDegreeOfParallelism = SendParallelism }, async (id, ct) =>
            await queue.SendMessageAsync(Message(id, tenant), ct));
        var sent = clock.Elapsed;

        var pending = new HashSet<string>(ids, StringComparer.Ordinal);
        var lastReport = TimeSpan.Zero;
        var limit = TimeSpan.FromSeconds(args.Int("timeout-s", 600));
        while (pending.Count > 0)
        {
            if (clock.Elapsed > limit)
            {
                Console.Error.WriteLine($"drain: {pending.Count} of {count} messages without a result after {limit.TotalSeconds:0} s");
                return 1;
            }

            var done = new System.Collections.Concurrent.ConcurrentBag<string>();
            await Parallel.ForEachAsync(pending.ToList(), new ParallelOptions { MaxDegreeOfParallelism = SendParallelism }, async (id, ct) =>
            {
                using var response = await client.GetAsync($"/api/batch/{id}", ct);
                if (response.IsSuccessStatusCode)
                {
                    done.Add(id);
                }
            });
            pending.ExceptWith(done);
            if (clock.Elapsed - lastReport >= TimeSpan.FromSeconds(5))
            {
                lastReport = clock.Elapsed;
                Console.Error.WriteLine($"drain {label}: {count - pending.Count}/{count} done after {clock.Elapsed.TotalSeconds:0} s");
            }

            if (pending.Count > 0)
            {
                await Task.Delay(50);
            }
        }

        var seconds = clock.Elapsed.TotalSeconds;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"| {label} | {count} | {sent.TotalSeconds:0.00} | {seconds:0.00} | {count / seconds:0.0} |"));
        return 0;
    }

    private static string Message(string id, string tenant) => new JsonObject
    {
        ["id"] = id,
        ["tenant"] = tenant,
        ["model"] = "auto",
        ["messages"] = new JsonArray(new JsonObject { ["role"] = "user", ["content"] = $"Say hello to batch item {id}." }),
        ["parameters"] = new JsonObject { ["maxTokens"] = 16 },
    }.ToJsonString();
}
