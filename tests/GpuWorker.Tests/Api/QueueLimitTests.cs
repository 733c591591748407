using System.Net;
using System.Net.Http.Json;
using GpuWorker.Tests.TestSupport;

namespace GpuWorker.Tests.Api;

[Collection(WorkerCollection.Name)]
public sealed class QueueLimitTests(SharedWorker worker)
{
    [Fact]
    public async Task HandleAsync_QueueFull_Returns503WithRetryAfter()
    {
        await using var server = await WorkerServer.StartAsync(worker.ModelPath, new Dictionary<string, string?>
        {
            ["Worker:MaxConcurrent"] = "1",
            ["Worker:QueueBound"] = "1",
            ["Worker:RetryAfterSeconds"] = "3",
        });
        var messages = new[] { new { role = "user", content = "hello" } };

        // The one sequence is busy first: its first streamed token proves the decode loop took it off the queue.
        // (Sent all at once, the others could find that job still queued and all be refused, a timing race.)
        using var first = await server.Client.SendAsync(
            new HttpRequestMessage(HttpMethod.Post, "/v1/chat/completions")
            {
                Content = JsonContent.Create(new { messages, max_tokens = 480, ignore_eos = true, stream = true }),
            },
            HttpCompletionOption.ResponseHeadersRead);
        using var stream = new StreamReader(await first.Content.ReadAsStreamAsync());
        Assert.StartsWith("data: ", await stream.ReadLineAsync());

        // The rest arrive while it generates: one waits in the queue, the others are refused.
        var body = new { messages, max_tokens = 480, ignore_eos = true };
        var responses = await Task.WhenAll(Enumerable.Range(0, 23).Select(_ => server.ChatAsync(body)));
        try
        {
            Assert.Equal(HttpStatusCode.OK, first.StatusCode);
            Assert.All(responses, r => Assert.Contains(r.StatusCode, new[] { HttpStatusCode.OK, HttpStatusCode.ServiceUnavailable }));
            var rejected = responses.Where(r => r.StatusCode == HttpStatusCode.ServiceUnavailable).ToList();
            Assert.NotEmpty(rejected);
            Assert.Contains(responses, r => r.StatusCode == HttpStatusCode.OK);
            Assert.All(rejected, r => Assert.Equal(TimeSpan.FromSeconds(3), r.Headers.RetryAfter?.Delta));
            var error = Sse.Json(await rejected[0].Content.ReadAsStringAsync()).GetProperty("error");
            Assert.Equal("queue_full", error.GetProperty("code").GetString());
            Assert.Equal("server_error", error.GetProperty("type").GetString());
        }
        finally
        {
            foreach (var r in responses)
            {
                r.Dispose();
            }
        }
    }
}
