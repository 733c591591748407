using WireMock;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;
using WireMock.Types;
using WireMock.Util;

namespace Router.Tests.Fakes;

/// <summary>A test-only OpenAI-compatible worker on 127.0.0.1: <c>POST /v1/chat/completions</c> and <c>GET /health</c>.</summary>
public sealed class FakeGpuWorkerServer : IDisposable
{
    public const string ChatPath = "/v1/chat/completions";
    public const string HealthPath = "/health";
    private readonly WireMockServer _server;

    public FakeGpuWorkerServer(int? port = null)
    {
        _server = port is { } p ? WireMockServer.Start(p) : WireMockServer.Start();
    }

    public string BaseUrl => _server.Url! + "/";

    public void GivenChat(Func<IResponseBuilder, IResponseBuilder> response, string? scenario = null, string? state = null, string? nextState = null, int priority = 10) =>
        _server.Given(Request.Create().WithPath(ChatPath).UsingPost(), response, scenario, state, nextState, priority);

    public void GivenHealth(int status, string? scenario = null, string? state = null, string? nextState = null, int priority = 10) =>
        _server.Given(Request.Create().WithPath(HealthPath).UsingGet(), r => r.WithStatusCode(status), scenario, state, nextState, priority);

    public void GivenCompletion(string content, int? promptTokens = 11, int? completionTokens = 7, double? gpuSecondsInBody = null, string? gpuSecondsHeader = null) =>
        GivenChat(r =>
        {
            r = r.WithStatusCode(200).WithHeader("Content-Type", "application/json")
                .WithBody(OpenAiWire.Completion(content, "qwen2.5-0.5b", promptTokens, completionTokens, gpuSecondsInBody));
            return gpuSecondsHeader is null ? r : r.WithHeader("x-gpu-seconds", gpuSecondsHeader);
        });

    public void GivenStream(IReadOnlyList<string> deltas, int? promptTokens = 11, int? completionTokens = 7, double? gpuSeconds = null) =>
        GivenChat(r => r.WithStatusCode(200).WithHeader("Content-Type", "text/event-stream")
            .WithBody(OpenAiWire.Stream(deltas, "qwen2.5-0.5b", promptTokens, completionTokens, gpuSeconds)));

    /// <summary>A worker whose model is still loading: /health is 503 for the first <paramref name="notReadyProbes"/>
    /// probes, and chat is 503 (no Retry-After) until /health has said 200.</summary>
    public void GivenColdStart(int notReadyProbes, string content)
    {
        var probes = 0;
        GivenHealthCallback(() => Interlocked.Increment(ref probes) > notReadyProbes ? 200 : 503);
        GivenChat(r => r.WithCallback(_ => Volatile.Read(ref probes) > notReadyProbes
            ? new ResponseMessage { StatusCode = 200, BodyData = new BodyData { DetectedBodyType = BodyType.String, BodyAsString = OpenAiWire.Completion(content) } }
            : new ResponseMessage { StatusCode = 503 }));
    }

    private void GivenHealthCallback(Func<int> status) =>
        _server.Given(Request.Create().WithPath(HealthPath).UsingGet(), r => r.WithCallback(_ => new ResponseMessage { StatusCode = status() }), null, null, null, 10);

    public int ChatRequests => _server.LogEntries.Count(e => e.RequestMessage.Path == ChatPath);

    public int HealthRequests => _server.LogEntries.Count(e => e.RequestMessage.Path == HealthPath);

    public string LastChatBody => _server.LogEntries.Last(e => e.RequestMessage.Path == ChatPath).RequestMessage.Body!;

    public string Log => string.Join("\n", _server.LogEntries.Select(e => $"{e.RequestMessage.DateTime:HH:mm:ss.fff} {e.RequestMessage.Path} -> {e.ResponseMessage.StatusCode} {e.MappingTitle}{e.MappingGuid}"));

    public void Dispose() => _server.Stop();
}
