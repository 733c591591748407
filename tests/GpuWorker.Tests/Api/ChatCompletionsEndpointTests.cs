using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json;
using GpuWorker.Tests.TestSupport;

namespace GpuWorker.Tests.Api;

[Collection(WorkerCollection.Name)]
public sealed class ChatCompletionsEndpointTests(SharedWorker worker)
{
    private static object Body(string content = "hello world", int maxTokens = 16, object? stop = null, bool stream = false,
        float temperature = 0f, bool ignoreEos = true, long? seed = null) => new
        {
            model = "tiny",
            messages = new[] { new { role = "system", content = "be brief" }, new { role = "user", content } },
            max_tokens = maxTokens,
            temperature,
            stop,
            stream,
            seed,
            ignore_eos = ignoreEos,
        };

    private async Task<JsonElement> CompleteAsync(object body)
    {
        using var response = await worker.Server.ChatAsync(body);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, text);
        return Sse.Json(text);
    }

    [Fact]
    public async Task HandleAsync_NonStreaming_ReturnsCompletionWithUsageAndGpuSeconds()
    {
        using var response = await worker.Server.ChatAsync(Body(maxTokens: 8));
        var json = Sse.Json(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("chat.completion", json.GetProperty("object").GetString());
        var choice = json.GetProperty("choices")[0];
        Assert.Equal("assistant", choice.GetProperty("message").GetProperty("role").GetString());
        Assert.False(string.IsNullOrEmpty(choice.GetProperty("message").GetProperty("content").GetString()));
        var usage = json.GetProperty("usage");
        Assert.True(usage.GetProperty("prompt_tokens").GetInt32() > 5);
        Assert.Equal(8, usage.GetProperty("completion_tokens").GetInt32());
        Assert.True(usage.GetProperty("gpu_seconds").GetDouble() > 0);
        var header = double.Parse(response.Headers.GetValues("x-gpu-seconds").Single(), CultureInfo.InvariantCulture);
        Assert.True(header > 0);
    }

    [Fact]
    public async Task HandleAsync_Streaming_SendsDeltasThenUsageThenDone()
    {
        using var response = await worker.Server.ChatAsync(Body(maxTokens: 6, stream: true));
        var lines = Sse.DataLines(await response.Content.ReadAsStringAsync());

        Assert.Equal("text/event-stream", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("[DONE]", lines[^1]);
        var chunks = lines[..^1].Select(Sse.Json).ToList();
        Assert.All(chunks, c => Assert.Equal("chat.completion.chunk", c.GetProperty("object").GetString()));
        Assert.Equal("assistant", chunks[0].GetProperty("choices")[0].GetProperty("delta").GetProperty("role").GetString());
        var final = chunks[^1];
        Assert.Equal("length", final.GetProperty("choices")[0].GetProperty("finish_reason").GetString());
        Assert.Equal(6, final.GetProperty("usage").GetProperty("completion_tokens").GetInt32());
        Assert.True(final.GetProperty("usage").GetProperty("gpu_seconds").GetDouble() > 0);
        Assert.True(chunks.Count(c => c.GetProperty("choices")[0].GetProperty("delta").TryGetProperty("content", out var t) && t.GetString()!.Length > 0) >= 1);
    }

    [Fact]
    public async Task HandleAsync_StreamingAndNonStreaming_ProduceSameGreedyText()
    {
        var whole = await CompleteAsync(Body(maxTokens: 12));
        using var response = await worker.Server.ChatAsync(Body(maxTokens: 12, stream: true));
        var streamed = new StringBuilder();
        foreach (var line in Sse.DataLines(await response.Content.ReadAsStringAsync()).Where(l => l != "[DONE]"))
        {
            if (Sse.Json(line).GetProperty("choices")[0].GetProperty("delta").TryGetProperty("content", out var c))
            {
                streamed.Append(c.GetString());
            }
        }

        Assert.Equal(whole.GetProperty("choices")[0].GetProperty("message").GetProperty("content").GetString(), streamed.ToString());
    }

    [Theory]
    [InlineData(1)]
    [InlineData(5)]
    public async Task HandleAsync_MaxTokens_LimitsCompletionTokens(int maxTokens)
    {
        var json = await CompleteAsync(Body(maxTokens: maxTokens));

        Assert.Equal(maxTokens, json.GetProperty("usage").GetProperty("completion_tokens").GetInt32());
        Assert.Equal("length", json.GetProperty("choices")[0].GetProperty("finish_reason").GetString());
    }

    [Fact]
    public async Task HandleAsync_StopString_CutsTextBeforeStop()
    {
        var full = (await CompleteAsync(Body(maxTokens: 40))).GetProperty("choices")[0].GetProperty("message").GetProperty("content").GetString()!;
        var stop = full.Substring(full.Length / 2, 2);
        var expected = full[..full.IndexOf(stop, StringComparison.Ordinal)];

        var json = await CompleteAsync(Body(maxTokens: 40, stop: new[] { stop }));

        var choice = json.GetProperty("choices")[0];
        Assert.Equal(expected, choice.GetProperty("message").GetProperty("content").GetString());
        Assert.Equal("stop", choice.GetProperty("finish_reason").GetString());
        Assert.True(json.GetProperty("usage").GetProperty("completion_tokens").GetInt32() < 40);
    }

    [Fact]
    public async Task HandleAsync_TemperatureZero_IsDeterministic()
    {
        var first = await CompleteAsync(Body(maxTokens: 24, seed: 1));
        var second = await CompleteAsync(Body(maxTokens: 24, seed: 2));

        Assert.Equal(
            first.GetProperty("choices")[0].GetProperty("message").GetProperty("content").GetString(),
            second.GetProperty("choices")[0].GetProperty("message").GetProperty("content").GetString());
    }

    [Fact]
    public async Task HandleAsync_SameSeedWithTemperature_RepeatsAndOtherSeedDiffers()
    {
        string Text(JsonElement j) => j.GetProperty("choices")[0].GetProperty("message").GetProperty("content").GetString()!;
        var a = Text(await CompleteAsync(Body(maxTokens: 24, temperature: 1.5f, seed: 11)));
        var b = Text(await CompleteAsync(Body(maxTokens: 24, temperature: 1.5f, seed: 11)));
        var c = Text(await CompleteAsync(Body(maxTokens: 24, temperature: 1.5f, seed: 12)));

        Assert.Equal(a, b);
        Assert.NotEqual(a, c);
    }

    [Fact]
    public async Task HandleAsync_TinyTopP_KeepsOnlyTheMostLikelyToken()
    {
        string Text(JsonElement j) => j.GetProperty("choices")[0].GetProperty("message").GetProperty("content").GetString()!;
        var greedy = Text(await CompleteAsync(Body(maxTokens: 24)));
        var body = new
        {
            messages = new[] { new { role = "system", content = "be brief" }, new { role = "user", content = "hello world" } },
            max_tokens = 24, temperature = 1.5f, top_p = 1e-6f, seed = 99, ignore_eos = true,
        };

        Assert.Equal(greedy, Text(await CompleteAsync(body)));
    }

    [Fact]
    public async Task HandleAsync_ParallelRequests_AllSucceed()
    {
        var tasks = Enumerable.Range(0, 12).Select(i => worker.Server.ChatAsync(Body($"request {i}", maxTokens: 10, temperature: 0.8f, seed: i)));
        var responses = await Task.WhenAll(tasks);
        try
        {
            Assert.All(responses, r => Assert.Equal(HttpStatusCode.OK, r.StatusCode));
            foreach (var r in responses)
            {
                var json = Sse.Json(await r.Content.ReadAsStringAsync());
                Assert.Equal(10, json.GetProperty("usage").GetProperty("completion_tokens").GetInt32());
            }
        }
        finally
        {
            foreach (var r in responses)
            {
                r.Dispose();
            }
        }
    }

    [Theory]
    [InlineData("{\"messages\": []}", "messages")]
    [InlineData("{\"messages\": [{\"role\": \"user\", \"content\": \"hi\"}], \"temperature\": 5}", "temperature")]
    [InlineData("{\"messages\": [{\"role\": \"user\", \"content\": \"hi\"}], \"max_tokens\": 0}", "max_tokens")]
    [InlineData("{\"messages\": [{\"role\": \"wizard\", \"content\": \"hi\"}]}", "messages.role")]
    [InlineData("{\"messages\": [{\"role\": \"user\", \"content\": \"hi\"}], \"stop\": 3}", "stop")]
    public async Task HandleAsync_InvalidRequest_Returns400OpenAiError(string body, string param)
    {
        using var response = await worker.Server.Client.PostAsync("/v1/chat/completions", new StringContent(body, Encoding.UTF8, "application/json"));
        var error = Sse.Json(await response.Content.ReadAsStringAsync()).GetProperty("error");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("invalid_request_error", error.GetProperty("type").GetString());
        Assert.Equal(param, error.GetProperty("param").GetString());
        Assert.False(string.IsNullOrEmpty(error.GetProperty("message").GetString()));
    }

    [Fact]
    public async Task HandleAsync_MalformedJson_Returns400OpenAiError()
    {
        using var response = await worker.Server.Client.PostAsync("/v1/chat/completions", new StringContent("{not json", Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("invalid_request_error", Sse.Json(await response.Content.ReadAsStringAsync()).GetProperty("error").GetProperty("type").GetString());
    }

    [Fact]
    public async Task HandleAsync_PromptLongerThanContext_Returns400ContextLengthExceeded()
    {
        using var response = await worker.Server.ChatAsync(Body(string.Concat(Enumerable.Repeat("zq ", 600))));
        var error = Sse.Json(await response.Content.ReadAsStringAsync()).GetProperty("error");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("context_length_exceeded", error.GetProperty("code").GetString());
    }

    [Fact]
    public async Task HandleAsync_MegabytePrompt_RefusedOnLengthBeforeTokenising()
    {
        using var response = await worker.Server.ChatAsync(Body(new string('x', 1 << 20)));
        var error = Sse.Json(await response.Content.ReadAsStringAsync()).GetProperty("error");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("context_length_exceeded", error.GetProperty("code").GetString());
        // The length-only check answers (its message says "at least"), not the count of a tokenised prompt.
        Assert.Contains("at least", error.GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task HandleAsync_TemplateMarkupInContent_IsTokenisedAsPlainText()
    {
        async Task<int> PromptTokens(string content) =>
            (await CompleteAsync(Body(content, maxTokens: 1))).GetProperty("usage").GetProperty("prompt_tokens").GetInt32();

        var plain = await PromptTokens("a");
        var markup = await PromptTokens("a<|im_end|>");

        // As a special token "<|im_end|>" would add 1; as text it is one token per character or so.
        Assert.True(markup - plain >= 5, $"{markup} vs {plain}");
    }
}
