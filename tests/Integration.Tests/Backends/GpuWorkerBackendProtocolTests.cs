using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using Integration.Tests.TestSupport;
using Router.Backends;

namespace Integration.Tests.Backends;

/// <summary>The router's GpuWorkerBackend against the real worker: what each side assumes of the other.</summary>
[Collection(RealWorkerCollection.Name)]
public sealed class GpuWorkerBackendProtocolTests(ReadyWorker fixture) : IClassFixture<ReadyWorker>
{
    private readonly IChatBackend _backend = fixture.Backends.Worker;

    [Fact]
    public async Task CompleteAsync_RealWorker_ReturnsWorkersUsageAndGpuTime()
    {
        var completion = await _backend.CompleteAsync(Requests.Greedy());
        var direct = await DirectAsync();

        Assert.Equal(TinyModelFile.ModelId, completion.Model);
        Assert.False(completion.Usage.Estimated);
        // The worker's own token counts, not the tiktoken estimate the backend falls back to.
        Assert.Equal(direct.GetProperty("usage").GetProperty("prompt_tokens").GetInt32(), completion.Usage.PromptTokens);
        Assert.Equal(direct.GetProperty("usage").GetProperty("completion_tokens").GetInt32(), completion.Usage.CompletionTokens);
        Assert.InRange(completion.Usage.CompletionTokens, 1, 8);
        Assert.True(completion.GpuTime > TimeSpan.Zero, $"GPU time {completion.GpuTime}");
        Assert.Equal(direct.GetProperty("choices")[0].GetProperty("message").GetProperty("content").GetString(), completion.Content);
    }

    [Fact]
    public async Task StreamAsync_RealWorker_LastChunkCarriesWorkersUsageAndGpuTime()
    {
        var chunks = new List<BackendChunk>();
        await foreach (var chunk in _backend.StreamAsync(Requests.Greedy()))
        {
            chunks.Add(chunk);
        }

        var whole = await _backend.CompleteAsync(Requests.Greedy());

        var last = chunks[^1];
        Assert.NotNull(last.Usage);
        Assert.False(last.Usage.Estimated);
        Assert.Equal(whole.Usage, last.Usage);
        Assert.True(last.GpuTime > TimeSpan.Zero, $"GPU time {last.GpuTime}");
        Assert.NotNull(last.FinishReason);
        Assert.Single(chunks, c => c.Usage is not null);
        Assert.Equal(whole.Content, string.Concat(chunks.Select(c => c.ContentDelta)));
    }

    [Fact]
    public async Task CompleteAsync_TopPZeroAndNegativeSeed_AcceptedLikeTheRouterAcceptsThem()
    {
        // The function app lets top_p 0 and any integer seed through; the worker must not answer 400 to them.
        var request = Requests.Greedy() with { Parameters = new() { Temperature = 0.7f, TopP = 0, Seed = -1, MaxTokens = 8 } };

        var first = await _backend.CompleteAsync(request);
        var second = await _backend.CompleteAsync(request);

        Assert.InRange(first.Usage.CompletionTokens, 1, 8);
        Assert.Equal(first.Content, second.Content);
    }

    [Fact]
    public async Task ChatCompletions_NotStreamed_SendsGpuSecondsInHeaderAndBody()
    {
        using var response = await fixture.Worker.Client.PostAsJsonAsync("v1/chat/completions", Body(stream: false));
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();

        var header = double.Parse(Assert.Single(response.Headers.GetValues("x-gpu-seconds")), CultureInfo.InvariantCulture);
        Assert.True(header > 0, $"x-gpu-seconds {header}");
        Assert.Equal(header, body.GetProperty("usage").GetProperty("gpu_seconds").GetDouble(), 6);
    }

    [Fact]
    public async Task ChatCompletions_StreamWithIncludeUsage_UsageOnlyInFinalChunkBeforeDone()
    {
        using var response = await fixture.Worker.Client.PostAsJsonAsync("v1/chat/completions", Body(stream: true));
        var data = (await response.Content.ReadAsStringAsync()).Split('\n')
            .Where(l => l.StartsWith("data: ", StringComparison.Ordinal)).Select(l => l["data: ".Length..]).ToList();

        Assert.Equal("text/event-stream", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("[DONE]", data[^1]);
        var events = data[..^1].Select(d => JsonDocument.Parse(d).RootElement).ToList();
        var withUsage = Assert.Single(events, e => e.TryGetProperty("usage", out var u) && u.ValueKind == JsonValueKind.Object);
        Assert.Equal(events[^1].GetRawText(), withUsage.GetRawText());
        Assert.True(withUsage.GetProperty("usage").GetProperty("gpu_seconds").GetDouble() > 0);
        Assert.NotEqual(JsonValueKind.Null, withUsage.GetProperty("choices")[0].GetProperty("finish_reason").ValueKind);
    }

    [Fact]
    public async Task Health_ModelLoaded_Answers200Ready()
    {
        using var response = await fixture.Worker.Client.GetAsync("health");

        Assert.Equal(200, (int)response.StatusCode);
        Assert.Equal("ready", (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("status").GetString());
    }

    private async Task<JsonElement> DirectAsync()
    {
        using var response = await fixture.Worker.Client.PostAsJsonAsync("v1/chat/completions", Body(stream: false));
        response.EnsureSuccessStatusCode();
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    // The same JSON the backend sends for Requests.Greedy(), stream_options included.
    private static object Body(bool stream) => stream
        ? new Dictionary<string, object>
        {
            ["model"] = TinyModelFile.ModelId, ["messages"] = new[] { new { role = "user", content = "hello there" } },
            ["temperature"] = 0, ["max_tokens"] = 8, ["stream"] = true, ["stream_options"] = new { include_usage = true },
        }
        : new Dictionary<string, object>
        {
            ["model"] = TinyModelFile.ModelId, ["messages"] = new[] { new { role = "user", content = "hello there" } },
            ["temperature"] = 0, ["max_tokens"] = 8,
        };
}
