using System.Net;
using System.Net.Http.Json;
using GpuWorker.Tests.TestSupport;

namespace GpuWorker.Tests.Api;

[Collection(WorkerCollection.Name)]
public sealed class ClientDisconnectTests(SharedWorker worker)
{
    private const int MaxTokens = 16_000;

    [Fact]
    public async Task HandleAsync_ClientLeavesMidStream_SequenceIsFreedLongBeforeMaxTokens()
    {
        // One sequence with room for far more tokens than can be generated before the disconnect is seen.
        await using var server = await WorkerServer.StartAsync(worker.ModelPath, new Dictionary<string, string?>
        {
            ["Worker:MaxConcurrent"] = "1",
            ["Worker:ContextSize"] = "16384",
        });
        var messages = new[] { new { role = "user", content = "hello" } };
        var response = await server.Client.SendAsync(
            new HttpRequestMessage(HttpMethod.Post, "/v1/chat/completions")
            {
                Content = JsonContent.Create(new { messages, max_tokens = MaxTokens, ignore_eos = true, stream = true }),
            },
            HttpCompletionOption.ResponseHeadersRead);
        var stream = new StreamReader(await response.Content.ReadAsStreamAsync());
        Assert.Contains("\"role\":\"assistant\"", await stream.ReadLineAsync(), StringComparison.Ordinal);
        await stream.ReadLineAsync();
        Assert.Contains("\"content\"", await stream.ReadLineAsync(), StringComparison.Ordinal); // generation is under way

        stream.Dispose();
        response.Dispose(); // closes the connection mid-stream

        var metrics = await WaitForAsync(server, m => m.GetProperty("worker_requests_cancelled_total").GetDouble() == 1);
        Assert.Equal(0, metrics.GetProperty("worker_active_sequences").GetDouble());
        Assert.True(metrics.GetProperty("worker_completion_tokens_total").GetDouble() < MaxTokens);
        Assert.Equal(0, metrics.GetProperty("worker_requests_failed_total").GetDouble());

        // The one sequence is free again.
        using var next = await server.ChatAsync(new { messages, max_tokens = 3, ignore_eos = true });
        Assert.Equal(HttpStatusCode.OK, next.StatusCode);
    }

    private static Task<System.Text.Json.JsonElement> WaitForAsync(WorkerServer server, Func<System.Text.Json.JsonElement, bool> condition) =>
        Wait.ForAsync(async () => Sse.Json(await server.Client.GetStringAsync("/metrics")), condition, "the worker to see the client leave (/metrics)");
}
