using System.Net;
using System.Net.Http.Json;
using GpuWorker.Inference;
using GpuWorker.Tests.TestSupport;

namespace GpuWorker.Tests.Api;

[Collection(WorkerCollection.Name)]
public sealed class StatusEndpointsTests(SharedWorker worker)
{
    private sealed class HeldGate : IModelLoadGate
    {
        public TaskCompletionSource Released { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public Task WaitAsync(CancellationToken cancellationToken = default) => Released.Task.WaitAsync(cancellationToken);
    }

    [Fact]
    public async Task Health_BeforeAndAfterLoad_Returns503ThenOk()
    {
        var gate = new HeldGate();
        await using var server = await WorkerServer.StartAsync(worker.ModelPath, gate: gate, waitReady: false);

        using (var loading = await server.Client.GetAsync("/health"))
        {
            Assert.Equal(HttpStatusCode.ServiceUnavailable, loading.StatusCode);
            Assert.Equal("loading", Sse.Json(await loading.Content.ReadAsStringAsync()).GetProperty("status").GetString());
        }

        using (var chat = await server.ChatAsync(new { messages = new[] { new { role = "user", content = "hi" } } }))
        {
            Assert.Equal(HttpStatusCode.ServiceUnavailable, chat.StatusCode);
            Assert.NotNull(chat.Headers.RetryAfter);
        }

        gate.Released.SetResult();
        await server.WaitReadyAsync();
        using var ready = await server.Client.GetAsync("/health");
        var health = Sse.Json(await ready.Content.ReadAsStringAsync());
        Assert.Equal("ready", health.GetProperty("status").GetString());
        Assert.Equal("tiny-test", health.GetProperty("model_name").GetString()); // the GGUF's general.name
        // LLamaSharp's CPU package here: the build it picked for this CPU, and no layers on a GPU.
        Assert.StartsWith("cpu-", health.GetProperty("backend").GetString(), StringComparison.Ordinal);
        Assert.StartsWith("0", health.GetProperty("gpu_layers").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Billing_AfterACompletion_ReportsModelAndBusyTimeThatAddsUp()
    {
        using var response = await worker.Server.ChatAsync(new { messages = new[] { new { role = "user", content = "hi" } }, max_tokens = 4, ignore_eos = true });
        response.EnsureSuccessStatusCode();

        var json = Sse.Json(await worker.Server.Client.GetStringAsync("/billing"));

        Assert.Equal("tiny", json.GetProperty("model").GetString());
        Assert.EndsWith(".gguf", json.GetProperty("model_file").GetString(), StringComparison.Ordinal);
        Assert.Equal("tiny-test", json.GetProperty("model_name").GetString());
        Assert.False(string.IsNullOrEmpty(json.GetProperty("instance_id").GetString()));
        Assert.True(json.GetProperty("ready").GetBoolean());
        var (uptime, cold, busy, idle) = (json.GetProperty("uptime_seconds").GetDouble(), json.GetProperty("cold_start_seconds").GetDouble(),
            json.GetProperty("busy_seconds").GetDouble(), json.GetProperty("idle_seconds").GetDouble());
        Assert.True(busy > 0 && cold > 0, $"busy {busy}, cold start {cold}");
        Assert.Equal(uptime, cold + busy + idle, 3);
    }

    [Fact]
    public async Task Metrics_Prometheus_BillableCountersCarryTheInstanceId()
    {
        var text = await worker.Server.Client.GetStringAsync("/metrics?format=prometheus");

        Assert.Matches("worker_busy_seconds_total\\{instance_id=\"[^\"]+\",model=\"tiny\"\\} ", text);
        Assert.Contains("# TYPE worker_uptime_seconds_total counter", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Models_Always_ListsTheLoadedModel()
    {
        var json = Sse.Json(await worker.Server.Client.GetStringAsync("/v1/models"));

        Assert.Equal("list", json.GetProperty("object").GetString());
        Assert.Equal("tiny", json.GetProperty("data")[0].GetProperty("id").GetString());
        Assert.Equal("tiny-test", json.GetProperty("data")[0].GetProperty("name").GetString());
        Assert.EndsWith(".gguf", json.GetProperty("data")[0].GetProperty("file").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Metrics_AfterACompletion_CountersMove()
    {
        var before = Sse.Json(await worker.Server.Client.GetStringAsync("/metrics"));
        using var response = await worker.Server.ChatAsync(new { messages = new[] { new { role = "user", content = "hi" } }, max_tokens = 4, ignore_eos = true });
        response.EnsureSuccessStatusCode();
        var after = Sse.Json(await worker.Server.Client.GetStringAsync("/metrics"));

        double Delta(string name) => after.GetProperty(name).GetDouble() - before.GetProperty(name).GetDouble();
        Assert.Equal(1, Delta("worker_requests_total"));
        Assert.Equal(4, Delta("worker_completion_tokens_total"));
        Assert.True(Delta("worker_prompt_tokens_total") > 0);
        Assert.True(Delta("worker_gpu_seconds_total") > 0);
        Assert.True(after.GetProperty("worker_tokens_per_second").GetDouble() > 0);
        Assert.Equal(0, after.GetProperty("worker_active_sequences").GetDouble());
    }

    [Fact]
    public async Task Metrics_PrometheusFormat_ReturnsTextExposition()
    {
        var text = await worker.Server.Client.GetStringAsync("/metrics?format=prometheus");

        Assert.Contains("# TYPE worker_gpu_seconds_total counter", text, StringComparison.Ordinal);
        Assert.Contains("worker_queue_depth ", text, StringComparison.Ordinal);
    }
}
