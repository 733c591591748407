using System.Diagnostics;
using System.Text.Json;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Router.Accounting.Tokens;
using Router.Backends;
using Router.Backends.GpuWorker;
using Router.Tests.Fakes;

namespace Router.Tests.Backends.GpuWorker;

public sealed class GpuWorkerBackendTests : IDisposable
{
    private readonly FakeGpuWorkerServer _worker = new();

    public void Dispose() => _worker.Dispose();

    internal static GpuWorkerBackend Create(string baseUrl, TimeSpan? coldStartWait = null, TimeSpan? requestTimeout = null, Microsoft.Extensions.Logging.ILogger<GpuWorkerGate>? log = null)
    {
        var options = Options.Create(new GpuWorkerOptions
        {
            BaseUrl = baseUrl,
            ColdStartWait = coldStartWait ?? TimeSpan.FromSeconds(3),
            RequestTimeout = requestTimeout ?? TimeSpan.FromSeconds(30),
            HealthPollInitialDelay = TimeSpan.FromMilliseconds(20),
            HealthPollMaxDelay = TimeSpan.FromMilliseconds(100),
            HealthProbeTimeout = TimeSpan.FromSeconds(2),
        });
        var http = new FixedHttpClientFactory(baseUrl, options.Value.RequestTimeout);
        var gate = new GpuWorkerGate(new GpuWorkerClient(http), options, TimeProvider.System, log ?? NullLogger<GpuWorkerGate>.Instance);
        return new GpuWorkerBackend(gate, new O200kTokenCounter(), NullLogger<GpuWorkerBackend>.Instance);
    }

    private static BackendRequest Request() =>
        new("qwen2.5-0.5b", [new("user", "Hi")], new() { Temperature = 0.1f, TopP = 0.9f, MaxTokens = 16, Stop = ["\n"], Seed = 7 });

    [Fact]
    public async Task CompleteAsync_Success_ReturnsUsageAndGpuTimeFromHeader()
    {
        _worker.GivenCompletion("hello", 5, 2, gpuSecondsInBody: 9.0, gpuSecondsHeader: "0.25");

        var completion = await Create(_worker.BaseUrl).CompleteAsync(Request());

        Assert.Equal("hello", completion.Content);
        Assert.Equal(new(5, 2), completion.Usage);
        Assert.Equal(TimeSpan.FromSeconds(0.25), completion.GpuTime);
        var sent = JsonDocument.Parse(_worker.LastChatBody).RootElement;
        Assert.Equal(16, sent.GetProperty("max_tokens").GetInt32());
        Assert.Equal(0.9f, sent.GetProperty("top_p").GetSingle());
        Assert.Equal("\n", sent.GetProperty("stop")[0].GetString());
        Assert.False(sent.GetProperty("stream").GetBoolean());
    }

    [Fact]
    public async Task CompleteAsync_GpuSecondsOnlyInBody_ReadsBody()
    {
        _worker.GivenCompletion("hello", 5, 2, gpuSecondsInBody: 1.5);

        var completion = await Create(_worker.BaseUrl).CompleteAsync(Request());

        Assert.Equal(TimeSpan.FromSeconds(1.5), completion.GpuTime);
    }

    [Fact]
    public async Task CompleteAsync_UsageMissing_EstimatesAndMarksEstimated()
    {
        _worker.GivenCompletion("hello there", promptTokens: null, completionTokens: null);

        var completion = await Create(_worker.BaseUrl).CompleteAsync(Request());

        Assert.True(completion.Usage.Estimated);
        Assert.True(completion.Usage.CompletionTokens > 0);
    }

    [Fact]
    public async Task StreamAsync_Success_YieldsDeltasThenUsageWithGpuTime()
    {
        _worker.GivenStream(["a", "b", "c"], 4, 3, gpuSeconds: 0.5);

        var chunks = await Create(_worker.BaseUrl).StreamAsync(Request()).ToListAsync();

        Assert.Equal("abc", string.Concat(chunks.Select(c => c.ContentDelta)));
        Assert.Equal(new(4, 3), chunks[^1].Usage);
        Assert.Equal(TimeSpan.FromSeconds(0.5), chunks[^1].GpuTime);
        Assert.True(JsonDocument.Parse(_worker.LastChatBody).RootElement.GetProperty("stream_options").GetProperty("include_usage").GetBoolean());
    }

    [Fact]
    public async Task CompleteAsync_LoadingThenReady_PollsHealthAndSucceeds()
    {
        _worker.GivenColdStart(notReadyProbes: 2, "warm now");

        var completion = await Create(_worker.BaseUrl).CompleteAsync(Request());

        Assert.Equal("warm now", completion.Content);
        Assert.True(_worker.HealthRequests == 3 && _worker.ChatRequests == 2, _worker.Log);
    }

    [Fact]
    public async Task CompleteAsync_WorkerStartsDuringWait_Succeeds()
    {
        var port = FreePort.Next();
        var log = TestLogs.Logger<GpuWorkerGate>();
        var backend = Create($"http://127.0.0.1:{port}/", coldStartWait: TimeSpan.FromSeconds(30), log: log);
        FakeGpuWorkerServer? late = null;
        var starter = Task.Run(async () =>
        {
            // Started once the gate has found it unreachable and is waiting: a signal, not a guessed delay.
            await log.LoggedAsync(m => m.Contains("not ready (unreachable)", StringComparison.Ordinal)).WaitAsync(TimeSpan.FromSeconds(30));
            late = new FakeGpuWorkerServer(port);
            late.GivenHealth(200);
            late.GivenCompletion("scaled up");
        });

        try
        {
            var completion = await backend.CompleteAsync(Request());

            Assert.Equal("scaled up", completion.Content);
            Assert.True(late!.HealthRequests >= 1);
        }
        finally
        {
            await starter;
            late?.Dispose();
        }
    }

    [Fact]
    public async Task CompleteAsync_UnreachableBeyondWait_ThrowsUnavailableAfterWaiting()
    {
        var backend = Create($"http://127.0.0.1:{FreePort.Next()}/", coldStartWait: TimeSpan.FromMilliseconds(400));
        var clock = Stopwatch.StartNew();

        var e = await Assert.ThrowsAsync<BackendException>(() => backend.CompleteAsync(Request()));

        Assert.Equal(BackendFailure.Unavailable, e.Failure);
        Assert.Contains("unreachable", e.Message, StringComparison.Ordinal);
        Assert.InRange(clock.Elapsed, TimeSpan.FromMilliseconds(350), TimeSpan.FromSeconds(4));
    }

    [Fact]
    public async Task CompleteAsync_QueueFullThenFree_RetriesAfterRetryAfter()
    {
        _worker.GivenChat(r => r.WithStatusCode(503).WithHeader("Retry-After", "1"), "queue", nextState: "free", priority: 1);
        _worker.GivenCompletion("served");

        var completion = await Create(_worker.BaseUrl).CompleteAsync(Request());

        Assert.Equal("served", completion.Content);
        Assert.Equal(2, _worker.ChatRequests);
        Assert.Equal(0, _worker.HealthRequests);
    }

    [Fact]
    public async Task CompleteAsync_QueueFullBeyondWait_ThrowsUnavailable()
    {
        _worker.GivenChat(r => r.WithStatusCode(503).WithHeader("Retry-After", "1"));

        var e = await Assert.ThrowsAsync<BackendException>(() =>
            Create(_worker.BaseUrl, coldStartWait: TimeSpan.FromMilliseconds(300)).CompleteAsync(Request()));

        Assert.Equal(BackendFailure.Unavailable, e.Failure);
        Assert.Contains("queue full", e.Message, StringComparison.Ordinal);
        Assert.Equal(TimeSpan.FromSeconds(1), e.RetryAfter);
    }

    [Theory]
    [InlineData(400, BackendFailure.BadRequest)]
    [InlineData(500, BackendFailure.Unavailable)]
    [InlineData(429, BackendFailure.Throttled)]
    public async Task CompleteAsync_ErrorStatus_MapsOnceWithoutWaiting(int status, BackendFailure expected)
    {
        _worker.GivenChat(r => r.WithStatusCode(status).WithBody("{\"error\":{\"message\":\"no\"}}"));

        var e = await Assert.ThrowsAsync<BackendException>(() => Create(_worker.BaseUrl).CompleteAsync(Request()));

        Assert.Equal(expected, e.Failure);
        Assert.Equal(1, _worker.ChatRequests);
    }

    [Fact]
    public async Task CompleteAsync_MalformedBody_ThrowsUnavailable()
    {
        _worker.GivenChat(r => r.WithStatusCode(200).WithBody("{\"choices\": [ {"));

        var e = await Assert.ThrowsAsync<BackendException>(() => Create(_worker.BaseUrl).CompleteAsync(Request()));

        Assert.Equal(BackendFailure.Unavailable, e.Failure);
        Assert.Contains("malformed", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CompleteAsync_SlowWorker_ThrowsTimeout()
    {
        _worker.GivenChat(r => r.WithStatusCode(200).WithBody(OpenAiWire.Completion("late")).WithDelay(TimeSpan.FromSeconds(3)));

        var e = await Assert.ThrowsAsync<BackendException>(() =>
            Create(_worker.BaseUrl, requestTimeout: TimeSpan.FromMilliseconds(200)).CompleteAsync(Request()));

        Assert.Equal(BackendFailure.Timeout, e.Failure);
    }

    [Fact]
    public async Task StreamAsync_QueueFullThenFree_WaitsThenStreams()
    {
        _worker.GivenChat(r => r.WithStatusCode(503).WithHeader("Retry-After", "1"), "queue", nextState: "free", priority: 1);
        _worker.GivenStream(["x", "y"], 2, 2, gpuSeconds: 0.1);

        var chunks = await Create(_worker.BaseUrl).StreamAsync(Request()).ToListAsync();

        Assert.Equal("xy", string.Concat(chunks.Select(c => c.ContentDelta)));
        Assert.Equal(2, _worker.ChatRequests);
    }

    [Fact]
    public async Task StreamAsync_NoUsageInStream_AppendsEstimate()
    {
        _worker.GivenStream(["x", "y"], promptTokens: null, completionTokens: null);

        var chunks = await Create(_worker.BaseUrl).StreamAsync(Request()).ToListAsync();

        Assert.True(chunks[^1].Usage!.Estimated);
    }

    [Fact]
    public async Task StreamAsync_ErrorEventAfterDeltas_FailsUnavailableInsteadOfEstimating()
    {
        // What the real worker sends when generation fails after the 200: an error event, then [DONE].
        const string body = "data: {\"choices\":[{\"index\":0,\"delta\":{\"content\":\"par\"}}]}\n\n"
            + "data: {\"error\":{\"message\":\"decode failed\",\"type\":\"server_error\",\"code\":\"generation_failed\"}}\n\n"
            + "data: [DONE]\n\n";
        _worker.GivenChat(r => r.WithStatusCode(200).WithHeader("Content-Type", "text/event-stream").WithBody(body));

        var e = await Assert.ThrowsAsync<BackendException>(async () => await Create(_worker.BaseUrl).StreamAsync(Request()).ToListAsync());

        Assert.Equal(BackendFailure.Unavailable, e.Failure);
        Assert.Contains("generation_failed", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CompleteAsync_LoadingWithRetryAfter_PollsHealthThenSucceeds()
    {
        // The real worker's loading 503 carries Retry-After (60 here) like its queue-full 503; the code tells them apart.
        _worker.GivenChat(r => r.WithStatusCode(503).WithHeader("Retry-After", "60")
            .WithBody("{\"error\":{\"message\":\"loading\",\"type\":\"server_error\",\"code\":\"model_not_ready\"}}"), "load", nextState: "ready", priority: 1);
        _worker.GivenHealth(200);
        _worker.GivenCompletion("hello", 5, 2);

        var completion = await Create(_worker.BaseUrl, coldStartWait: TimeSpan.FromSeconds(5)).CompleteAsync(Request());

        Assert.Equal("hello", completion.Content);
        Assert.True(_worker.HealthRequests >= 1, _worker.Log);
    }
}
