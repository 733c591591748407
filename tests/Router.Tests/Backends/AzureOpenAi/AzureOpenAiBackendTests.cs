using System.Text.Json;
using Router.Backends;
using Router.Tests.Fakes;

namespace Router.Tests.Backends.AzureOpenAi;

public sealed class AzureOpenAiBackendTests : IDisposable
{
    private const string Deployment = "gpt4o-a";
    private readonly FakeAzureOpenAiServer _server = new();

    public void Dispose() => _server.Dispose();

    [Fact]
    public async Task CompleteAsync_Success_ReturnsContentAndProviderUsage()
    {
        _server.GivenCompletion(Deployment, "Hello!", promptTokens: 21, completionTokens: 3);
        var backend = AzureBackendHarness.Create(_server);

        var completion = await backend.CompleteAsync(AzureBackendHarness.Request());

        Assert.Equal("Hello!", completion.Content);
        Assert.Equal(new(21, 3, Estimated: false), completion.Usage);
        Assert.Equal("stop", completion.FinishReason);
        Assert.StartsWith(Deployment + "@", completion.Deployment, StringComparison.Ordinal);
        var sent = JsonDocument.Parse(_server.RequestsTo(Deployment).Single().RequestMessage.Body!).RootElement;
        Assert.Equal(50, sent.GetProperty("max_tokens").GetInt32());
        Assert.Equal("user", sent.GetProperty("messages")[1].GetProperty("role").GetString());
    }

    [Fact]
    public async Task CompleteAsync_CachedAndReasoningTokens_RecordedFromUsageDetailsWithServedModel()
    {
        _server.GivenCompletion(Deployment, "Hi", promptTokens: 2000, completionTokens: 300, cachedTokens: 1536, reasoningTokens: 256, model: "gpt-4o-2024-11-20");
        var backend = AzureBackendHarness.Create(_server);

        var completion = await backend.CompleteAsync(AzureBackendHarness.Request());

        Assert.Equal(1536, completion.Usage.CachedPromptTokens);
        Assert.Equal(256, completion.Usage.ReasoningTokens);
        Assert.Equal("gpt-4o-2024-11-20", completion.Model);
    }

    [Fact]
    public async Task StreamAsync_CachedTokens_OnTheUsageChunkWithServedModelAndDeployment()
    {
        _server.GivenStream(Deployment, ["Hel", "lo"], promptTokens: 1200, completionTokens: 2, cachedTokens: 1024, reasoningTokens: 0, model: "gpt-4o-2024-11-20");
        var backend = AzureBackendHarness.Create(_server);

        var chunks = await backend.StreamAsync(AzureBackendHarness.Request()).ToListAsync();

        var usage = Assert.Single(chunks, c => c.Usage is not null);
        Assert.Equal(1024, usage.Usage!.CachedPromptTokens);
        Assert.Equal("gpt-4o-2024-11-20", usage.Model);
        Assert.StartsWith(Deployment + "@", usage.Deployment, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CompleteAsync_UsageMissing_EstimatesAndMarksEstimated()
    {
        _server.GivenCompletion(Deployment, "Hello there, friend.", promptTokens: null, completionTokens: null);
        var backend = AzureBackendHarness.Create(_server);

        var completion = await backend.CompleteAsync(AzureBackendHarness.Request());

        Assert.True(completion.Usage.Estimated);
        Assert.InRange(completion.Usage.CompletionTokens, 3, 8);
        Assert.InRange(completion.Usage.PromptTokens, 10, 30);
    }

    [Fact]
    public async Task StreamAsync_Success_YieldsDeltasAndFinalUsageAndAsksForUsageOnTheWire()
    {
        _server.GivenStream(Deployment, ["Hel", "lo", "!"], promptTokens: 21, completionTokens: 3);
        var backend = AzureBackendHarness.Create(_server);

        var chunks = await backend.StreamAsync(AzureBackendHarness.Request()).ToListAsync();

        Assert.Equal("Hello!", string.Concat(chunks.Select(c => c.ContentDelta)));
        Assert.Equal(new(21, 3), chunks[^1].Usage);
        Assert.Contains(chunks, c => c.FinishReason == "stop");
        var sent = JsonDocument.Parse(_server.RequestsTo(Deployment).Single().RequestMessage.Body!).RootElement;
        Assert.True(sent.GetProperty("stream").GetBoolean());
        Assert.True(sent.GetProperty("stream_options").GetProperty("include_usage").GetBoolean());
    }

    [Fact]
    public async Task StreamAsync_NoUsageChunk_AppendsEstimatedUsage()
    {
        _server.GivenStream(Deployment, ["Hel", "lo"], promptTokens: null, completionTokens: null);
        var backend = AzureBackendHarness.Create(_server);

        var chunks = await backend.StreamAsync(AzureBackendHarness.Request()).ToListAsync();

        Assert.True(chunks[^1].Usage!.Estimated);
        Assert.Single(chunks, c => c.Usage is not null);
    }

    [Fact]
    public async Task CompleteAsync_429WithRetryAfterThenSuccess_WaitsAndSucceeds()
    {
        _server.GivenStatus(Deployment, 429, OpenAiWire.Error("429", "rate limited"),
            new Dictionary<string, string> { ["Retry-After"] = "1" }, scenario: "throttle", nextState: "ok");
        _server.GivenCompletion(Deployment, "after wait");
        var backend = AzureBackendHarness.Create(_server);

        var started = DateTimeOffset.UtcNow;
        var completion = await backend.CompleteAsync(AzureBackendHarness.Request());

        Assert.Equal("after wait", completion.Content);
        Assert.Equal(2, _server.RequestsTo(Deployment).Count);
        // Backoff alone is 5 ms; only honouring Retry-After: 1 explains a second's wait.
        Assert.True(DateTimeOffset.UtcNow - started >= TimeSpan.FromMilliseconds(900));
    }

    [Fact]
    public async Task CompleteAsync_429WithRetryAfterMs_UsesMilliseconds()
    {
        _server.GivenStatus(Deployment, 429, OpenAiWire.Error("429", "rate limited"),
            new Dictionary<string, string> { ["retry-after-ms"] = "20", ["Retry-After"] = "30" }, scenario: "throttle", nextState: "ok");
        _server.GivenCompletion(Deployment, "quick");
        var backend = AzureBackendHarness.Create(_server);

        var completion = await backend.CompleteAsync(AzureBackendHarness.Request()).WaitAsync(TimeSpan.FromSeconds(10));

        Assert.Equal("quick", completion.Content);
    }

    [Fact]
    public async Task CompleteAsync_PersistentThrottle_ThrowsThrottledWithRetryAfter()
    {
        _server.GivenStatus(Deployment, 429, OpenAiWire.Error("429", "rate limited"), new Dictionary<string, string> { ["retry-after-ms"] = "10" });
        var backend = AzureBackendHarness.Create(_server, resilience: AzureBackendHarness.FastResilience(maxRetries: 1));

        var e = await Assert.ThrowsAsync<BackendException>(() => backend.CompleteAsync(AzureBackendHarness.Request()));

        Assert.Equal(BackendFailure.Throttled, e.Failure);
        Assert.Equal(TimeSpan.FromMilliseconds(10), e.RetryAfter);
    }

    [Fact]
    public async Task CompleteAsync_500ThenSuccess_Retries()
    {
        _server.GivenStatus(Deployment, 500, OpenAiWire.Error("server_error", "boom"), scenario: "flaky", nextState: "ok");
        _server.GivenCompletion(Deployment, "recovered");
        var backend = AzureBackendHarness.Create(_server);

        var completion = await backend.CompleteAsync(AzureBackendHarness.Request());

        Assert.Equal("recovered", completion.Content);
        Assert.Equal(2, _server.RequestsTo(Deployment).Count);
    }

    [Fact]
    public async Task CompleteAsync_Persistent500_UnavailableAfterExactlyPollyRetriesThenCircuitOpens()
    {
        _server.GivenStatus(Deployment, 500, OpenAiWire.Error("server_error", "boom"));
        var backend = AzureBackendHarness.Create(_server, resilience: AzureBackendHarness.FastResilience(maxRetries: 2));

        var first = await Assert.ThrowsAsync<BackendException>(() => backend.CompleteAsync(AzureBackendHarness.Request()));
        // 1 + 2 retries: any more means the SDK retried too.
        Assert.Equal(3, _server.RequestsTo(Deployment).Count);
        var second = await Assert.ThrowsAsync<BackendException>(() => backend.CompleteAsync(AzureBackendHarness.Request()));

        Assert.Equal(BackendFailure.Unavailable, first.Failure);
        Assert.Equal(BackendFailure.Unavailable, second.Failure);
        Assert.Contains("open circuit", second.Message, StringComparison.Ordinal);
        Assert.Equal(3, _server.RequestsTo(Deployment).Count);
    }

    [Fact]
    public async Task CompleteAsync_SlowServer_ThrowsTimeout()
    {
        _server.Given(Deployment, r => r.WithStatusCode(200).WithBody(OpenAiWire.Completion("late")).WithDelay(TimeSpan.FromSeconds(3)));
        var backend = AzureBackendHarness.Create(_server,
            resilience: AzureBackendHarness.FastResilience(maxRetries: 0, attemptTimeout: TimeSpan.FromMilliseconds(200)));

        var e = await Assert.ThrowsAsync<BackendException>(() => backend.CompleteAsync(AzureBackendHarness.Request()));

        Assert.Equal(BackendFailure.Timeout, e.Failure);
    }

    [Fact]
    public async Task CompleteAsync_MalformedBody_ThrowsUnavailable()
    {
        _server.Given(Deployment, r => r.WithStatusCode(200).WithHeader("Content-Type", "application/json").WithBody("{\"choices\": [ {\"mess"));
        var backend = AzureBackendHarness.Create(_server, resilience: AzureBackendHarness.FastResilience(maxRetries: 0));

        var e = await Assert.ThrowsAsync<BackendException>(() => backend.CompleteAsync(AzureBackendHarness.Request()));

        Assert.Equal(BackendFailure.Unavailable, e.Failure);
        Assert.Contains("malformed", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CompleteAsync_ContentFilter400_ThrowsPolicyRefusedWithoutRetry()
    {
        _server.GivenStatus(Deployment, 400, OpenAiWire.Error("content_filter", "filtered"));
        var backend = AzureBackendHarness.Create(_server);

        var e = await Assert.ThrowsAsync<BackendException>(() => backend.CompleteAsync(AzureBackendHarness.Request()));

        Assert.Equal(BackendFailure.PolicyRefused, e.Failure);
        Assert.Single(_server.RequestsTo(Deployment));
    }

    [Fact]
    public async Task CompleteAsync_Other400_ThrowsBadRequest()
    {
        _server.GivenStatus(Deployment, 400, OpenAiWire.Error("invalid_request", "bad"));
        var backend = AzureBackendHarness.Create(_server);

        var e = await Assert.ThrowsAsync<BackendException>(() => backend.CompleteAsync(AzureBackendHarness.Request()));

        Assert.Equal(BackendFailure.BadRequest, e.Failure);
    }

    [Fact]
    public async Task CompleteAsync_FirstDeploymentDown_FailsOverToHealthyOne()
    {
        using var other = new FakeAzureOpenAiServer();
        _server.GivenStatus(Deployment, 503, OpenAiWire.Error("unavailable", "down"));
        other.GivenCompletion("gpt4o-b", "from b");
        // Key = u^(1/w): 0.9 for the first deployment, 0.1 for the second, so the failing one is tried first.
        var backend = AzureBackendHarness.Create(
            AzureBackendHarness.Options(AzureBackendHarness.FastResilience(maxRetries: 1), (_server.Endpoint, Deployment, 1), (other.Endpoint, "gpt4o-b", 1)),
            new SequenceRandom(0.9, 0.1));

        var completion = await backend.CompleteAsync(AzureBackendHarness.Request());

        Assert.Equal("from b", completion.Content);
        Assert.Equal(2, _server.RequestsTo(Deployment).Count);
    }

    [Fact]
    public async Task CompleteAsync_UnreachableEndpoint_ThrowsUnavailable()
    {
        var backend = AzureBackendHarness.Create(AzureBackendHarness.Options(AzureBackendHarness.FastResilience(maxRetries: 0), ("http://127.0.0.1:9/", Deployment, 1)));

        var e = await Assert.ThrowsAsync<BackendException>(() => backend.CompleteAsync(AzureBackendHarness.Request()));

        Assert.Equal(BackendFailure.Unavailable, e.Failure);
    }

    [Fact]
    public async Task CompleteAsync_ModelWithoutDeployment_ThrowsUnavailable()
    {
        var backend = AzureBackendHarness.Create(_server);

        var e = await Assert.ThrowsAsync<BackendException>(() => backend.CompleteAsync(AzureBackendHarness.Request("gpt-4o-mini")));

        Assert.Equal(BackendFailure.Unavailable, e.Failure);
        Assert.Empty(_server.RequestsTo(Deployment));
    }

    [Fact]
    public async Task StreamAsync_500BeforeFirstChunkThenSuccess_Retries()
    {
        _server.GivenStatus(Deployment, 500, OpenAiWire.Error("server_error", "boom"), scenario: "flaky", nextState: "ok");
        _server.GivenStream(Deployment, ["ok"]);
        var backend = AzureBackendHarness.Create(_server);

        var chunks = await backend.StreamAsync(AzureBackendHarness.Request()).ToListAsync();

        Assert.Equal("ok", string.Concat(chunks.Select(c => c.ContentDelta)));
        Assert.Equal(2, _server.RequestsTo(Deployment).Count);
    }

    [Fact]
    public async Task StreamAsync_NoFirstChunkInTime_ThrowsTimeout()
    {
        _server.Given(Deployment, r => r.WithStatusCode(200).WithHeader("Content-Type", "text/event-stream")
            .WithBody(OpenAiWire.Stream(["late"])).WithDelay(TimeSpan.FromSeconds(3)));
        var backend = AzureBackendHarness.Create(_server,
            resilience: AzureBackendHarness.FastResilience(maxRetries: 0, attemptTimeout: TimeSpan.FromMilliseconds(200)));

        var e = await Assert.ThrowsAsync<BackendException>(async () => await backend.StreamAsync(AzureBackendHarness.Request()).ToListAsync());

        Assert.Equal(BackendFailure.Timeout, e.Failure);
    }

    [Fact]
    public async Task CompleteAsync_RetryAfterBeyondCap_FailsOverInsteadOfWaiting()
    {
        using var other = new FakeAzureOpenAiServer();
        _server.GivenStatus(Deployment, 429, OpenAiWire.Error("429", "rate limited"), new Dictionary<string, string> { ["Retry-After"] = "60" });
        other.GivenCompletion("gpt4o-b", "from b");
        var backend = AzureBackendHarness.Create(
            AzureBackendHarness.Options(AzureBackendHarness.FastResilience(), (_server.Endpoint, Deployment, 1), (other.Endpoint, "gpt4o-b", 1)),
            new SequenceRandom(0.9, 0.1));

        var completion = await backend.CompleteAsync(AzureBackendHarness.Request()).WaitAsync(TimeSpan.FromSeconds(20));

        Assert.Equal("from b", completion.Content);
        Assert.Single(_server.RequestsTo(Deployment));
    }
}
