using System.Net.Http.Json;
using System.Text.Json;
using Integration.Tests.TestSupport;
using Router.Backends;

namespace Integration.Tests.Backends;

/// <summary>A worker that scales to zero: not listening yet, listening but still loading, or gone.</summary>
[Collection(RealWorkerCollection.Name)]
public sealed class WorkerColdStartTests : IDisposable
{
    private readonly TinyModelFile _model = new();
    private readonly int _port = FreePort.Next();

    public void Dispose() => _model.Dispose();

    private Uri Url => new($"http://127.0.0.1:{_port}/");

    [Fact]
    public async Task CompleteAsync_WorkerStartsDuringColdStartWait_Succeeds()
    {
        using var backends = new RouterBackends(Url, TimeSpan.FromSeconds(30));
        var call = backends.Worker.CompleteAsync(Requests.Greedy());
        await backends.WorkerWaitingAsync("unreachable");
        Assert.False(call.IsCompleted, "nothing listens yet, so the call must still be waiting");

        await using var worker = await WorkerServer.StartAsync(_model.Path, waitReady: false, port: _port);
        var completion = await call.WaitAsync(TimeSpan.FromSeconds(30));

        Assert.InRange(completion.Usage.CompletionTokens, 1, 8);
        Assert.True(completion.GpuTime > TimeSpan.Zero);
    }

    [Fact]
    public async Task CompleteAsync_ModelLoadsDuringColdStartWait_Succeeds()
    {
        var load = new HeldModelLoad();
        await using var worker = await WorkerServer.StartAsync(_model.Path, gate: load, waitReady: false, port: _port);
        using var backends = new RouterBackends(Url, TimeSpan.FromSeconds(30));
        var call = backends.Worker.CompleteAsync(Requests.Greedy());
        await backends.WorkerWaitingAsync("loading");
        Assert.False(call.IsCompleted, "the model is not loaded, so the call must still be waiting");

        load.Release();
        var completion = await call.WaitAsync(TimeSpan.FromSeconds(30));

        Assert.InRange(completion.Usage.CompletionTokens, 1, 8);
    }

    [Fact]
    public async Task CompleteAsync_WorkerDownPastColdStartWait_FailsUnavailable()
    {
        using var backends = new RouterBackends(Url, TimeSpan.FromMilliseconds(500));

        var e = await Assert.ThrowsAsync<BackendException>(() => backends.Worker.CompleteAsync(Requests.Greedy()));

        Assert.Equal(BackendFailure.Unavailable, e.Failure);
        Assert.Equal(BackendNames.GpuWorker, e.Backend);
        Assert.Contains("unreachable", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CompleteAsync_ModelStillLoadingPastColdStartWait_FailsUnavailableSayingLoading()
    {
        await using var worker = await WorkerServer.StartAsync(_model.Path, gate: new HeldModelLoad(), waitReady: false, port: _port);
        using var backends = new RouterBackends(Url, TimeSpan.FromMilliseconds(500));

        var e = await Assert.ThrowsAsync<BackendException>(() => backends.Worker.CompleteAsync(Requests.Greedy()));

        Assert.Equal(BackendFailure.Unavailable, e.Failure);
        // The worker's loading 503 carries Retry-After too; the gate must still tell it from a full queue.
        Assert.Contains("loading", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ChatCompletions_ModelLoading_Answers503WithRetryAfterAndModelNotReady()
    {
        await using var worker = await WorkerServer.StartAsync(_model.Path, gate: new HeldModelLoad(), waitReady: false, port: _port);

        using var health = await worker.Client.GetAsync("health");
        using var chat = await worker.Client.PostAsJsonAsync("v1/chat/completions", new { messages = new[] { new { role = "user", content = "hi" } } });

        Assert.Equal(503, (int)health.StatusCode);
        Assert.Equal(503, (int)chat.StatusCode);
        Assert.NotNull(chat.Headers.RetryAfter?.Delta);
        var error = (await chat.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("error");
        Assert.Equal("model_not_ready", error.GetProperty("code").GetString());
    }
}
