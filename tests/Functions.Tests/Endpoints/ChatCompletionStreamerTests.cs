using System.Net;
using System.Text.Json;
using Router.Functions.Tests.Support;

namespace Router.Functions.Tests.Endpoints;

public sealed class ChatCompletionStreamerTests
{
    private static async Task<(HttpResponseMessage Response, List<string> Frames, string Raw)> StreamAsync(TestApp app, string content = "hello")
    {
        var response = await app.Client().PostAsync("/api/v1/chat/completions", Json.Body(Json.Chat(content, stream: true)));
        var raw = await response.Content.ReadAsStringAsync();
        var frames = raw.Split("\n\n", StringSplitOptions.RemoveEmptyEntries).ToList();
        return (response, frames, raw);
    }

    [Fact]
    public async Task Post_StreamTrue_FramesRoleDeltasFinishUsageThenDone()
    {
        await using var app = await TestApp.StartAsync();

        var (response, frames, raw) = await StreamAsync(app);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/event-stream", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("private-small", response.Headers.GetValues("x-router-route").Single());
        Assert.EndsWith("\n\n", raw, StringComparison.Ordinal);
        Assert.All(frames, f => Assert.StartsWith("data: ", f, StringComparison.Ordinal));
        Assert.Equal("data: [DONE]", frames[^1]);
        var chunks = frames[..^1].Select(f => JsonDocument.Parse(f["data: ".Length..]).RootElement).ToList();
        Assert.All(chunks, c => Assert.Equal("chat.completion.chunk", c.GetProperty("object").GetString()));
        Assert.Single(chunks.Select(c => c.GetProperty("id").GetString()).Distinct());
        Assert.Equal("assistant", chunks[0].GetProperty("choices")[0].GetProperty("delta").GetProperty("role").GetString());
        var text = string.Concat(chunks.Skip(1).SkipLast(2).Select(c => c.GetProperty("choices")[0].GetProperty("delta").GetProperty("content").GetString()));
        Assert.Equal("echo: hello", text);
        Assert.Equal("stop", chunks[^2].GetProperty("choices")[0].GetProperty("finish_reason").GetString());
        Assert.Equal(0, chunks[^1].GetProperty("choices").GetArrayLength());
        Assert.Equal(15, chunks[^1].GetProperty("usage").GetProperty("total_tokens").GetInt32());
        Assert.Equal("ok", Assert.Single(app.Fakes.Ledger.Rows.Values).Status);
    }

    [Fact]
    public async Task Post_StreamBudgetExhausted_Returns429BeforeAnyFrame()
    {
        await using var app = await TestApp.StartAsync();
        app.Fakes.Budget.Limits["acme"] = 0m;

        var (response, _, _) = await StreamAsync(app);

        await Json.AssertErrorAsync(response, 429);
    }

    [Fact]
    public async Task Post_StreamBackendFailsBeforeFirstChunk_Returns503ErrorAndReleasesBudget()
    {
        await using var app = await TestApp.StartAsync();
        app.Fakes.Dispatch.Failure = Router.Backends.BackendFailure.Unavailable;

        var (response, _, raw) = await StreamAsync(app);

        // The stream is opened before any byte is sent, so a failing backend still gets a plain HTTP error.
        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType!.MediaType);
        Assert.Contains("\"error\"", raw, StringComparison.Ordinal);
        Assert.Equal(1, app.Fakes.Budget.Released);
        Assert.Equal("error:Unavailable", Assert.Single(app.Fakes.Ledger.Rows.Values).Status);
    }
}
