using System.Net;
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
        var body = new { messages = new[] { new { role = "user", content = "hello" } }, max_tokens = 480, ignore_eos = true };

        // One sequence decodes and one waits; the rest arrive while 480 tokens are being generated.
        var responses = await Task.WhenAll(Enumerable.Range(0, 24).Select(_ => server.ChatAsync(body)));
        try
        {
            var rejected = responses.Where(r => r.StatusCode == HttpStatusCode.ServiceUnavailable).ToList();
            Assert.NotEmpty(rejected);
            Assert.True(responses.Count(r => r.StatusCode == HttpStatusCode.OK) >= 2);
            Assert.All(rejected, r => Assert.Equal(TimeSpan.FromSeconds(3), r.Headers.RetryAfter?.Delta));
            var error = Sse.Json(await rejected[0].Content.ReadAsStringAsync()).GetProperty("error");
            Assert.Equal("queue_full", error.GetProperty("code").GetString());
            Assert.Equal("server_error", error.GetProperty("type").GetString());
        }
        finally
        {
            foreach (var r in responses) r.Dispose();
        }
    }
}
