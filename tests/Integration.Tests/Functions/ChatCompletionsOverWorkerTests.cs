using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Integration.Tests.TestSupport;

namespace Integration.Tests.Functions;

/// <summary>POST /api/v1/chat/completions on the real function app, with the real GPU worker behind it or not.</summary>
[Collection(RealWorkerCollection.Name)]
public sealed class ChatCompletionsOverWorkerTests : IDisposable
{
    private readonly TinyModelFile _model = new();
    private readonly int _port = FreePort.Next();

    public void Dispose() => _model.Dispose();

    private Uri WorkerUrl => new($"http://127.0.0.1:{_port}/");

    private static object Body(string content, bool stream = false) => new Dictionary<string, object>
    {
        ["model"] = "auto", ["messages"] = new[] { new { role = "user", content } }, ["max_tokens"] = 8, ["temperature"] = 0, ["stream"] = stream,
    };

    [Fact]
    public async Task Post_SensitiveAndWorkerDown_Answers503AndClosedSeesNothing()
    {
        await using var app = await RouterApp.StartAsync(WorkerUrl, TimeSpan.FromMilliseconds(500));

        using var response = await app.Client.SendAsync(app.Chat(RouterApp.Key, Body("Please charge my card number 4111 1111 1111 1111, expiry 12/29.")));
        var error = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("error");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Equal("backend_unavailable", error.GetProperty("code").GetString());
        Assert.Contains("gpu-worker", error.GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Empty(app.Closed.Received);
    }

    [Fact]
    public async Task Post_PrivateOnlyTenantAndWorkerUp_ServedByWorkerWithItsUsage()
    {
        await using var worker = await WorkerServer.StartAsync(_model.Path, waitReady: false, port: _port);
        await worker.WaitReadyAsync();
        await using var app = await RouterApp.StartAsync(WorkerUrl, TimeSpan.FromSeconds(10));

        using var response = await app.Client.SendAsync(app.Chat(RouterApp.PrivateOnlyKey, Body("Say hello in five words.")));
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("private-small", Assert.Single(response.Headers.GetValues("x-router-route")));
        Assert.InRange(body.GetProperty("usage").GetProperty("completion_tokens").GetInt32(), 1, 8);
        Assert.True(body.GetProperty("usage").GetProperty("prompt_tokens").GetInt32() > 0);
        Assert.Empty(app.Closed.Received);
    }

    [Fact]
    public async Task Post_StreamPrivateOnlyTenantAndWorkerUp_StreamsWithUsage()
    {
        await using var worker = await WorkerServer.StartAsync(_model.Path, waitReady: false, port: _port);
        await worker.WaitReadyAsync();
        await using var app = await RouterApp.StartAsync(WorkerUrl, TimeSpan.FromSeconds(10));

        using var response = await app.Client.SendAsync(app.Chat(RouterApp.PrivateOnlyKey, Body("Say hello in five words.", stream: true)));
        var data = (await response.Content.ReadAsStringAsync()).Split('\n')
            .Where(l => l.StartsWith("data: ", StringComparison.Ordinal)).Select(l => l["data: ".Length..]).ToList();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("[DONE]", data[^1]);
        var usage = data[..^1].Select(d => JsonDocument.Parse(d).RootElement)
            .Single(e => e.TryGetProperty("usage", out var u) && u.ValueKind == JsonValueKind.Object).GetProperty("usage");
        Assert.InRange(usage.GetProperty("completion_tokens").GetInt32(), 1, 8);
        Assert.Empty(app.Closed.Received);
    }
}
