using WireMock.Logging;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;

namespace Router.Tests.Fakes;

/// <summary>
/// A test-only server on 127.0.0.1 speaking the Azure OpenAI REST protocol:
/// <c>POST /openai/deployments/{deployment}/chat/completions?api-version=...</c>, JSON or SSE.
/// </summary>
public sealed partial class FakeAzureOpenAiServer : IDisposable
{
    private readonly WireMockServer _server = WireMockServer.Start();

    public string Endpoint => _server.Url! + "/";

    public static string PathOf(string deployment) => $"/openai/deployments/{deployment}/chat/completions";

    /// <summary>Responds with <paramref name="response"/>; in a scenario, only in state <paramref name="state"/>
    /// (null: the start), moving to <paramref name="nextState"/>.</summary>
    public void Given(string deployment, Func<IResponseBuilder, IResponseBuilder> response, string? scenario = null, string? state = null, string? nextState = null, int priority = 10) =>
        _server.Given(Request.Create().WithPath(PathOf(deployment)).UsingPost().WithParam("api-version"), response, scenario, state, nextState, priority);

    public void GivenCompletion(string deployment, string content, int? promptTokens = 11, int? completionTokens = 7,
        int? cachedTokens = null, int? reasoningTokens = null, string model = "gpt-4o") =>
        Given(deployment, r => r.WithStatusCode(200).WithHeader("Content-Type", "application/json")
            .WithBody(OpenAiWire.Completion(content, model, promptTokens, completionTokens, cachedTokens: cachedTokens, reasoningTokens: reasoningTokens)));

    public void GivenStream(string deployment, IReadOnlyList<string> deltas, int? promptTokens = 11, int? completionTokens = 7,
        int? cachedTokens = null, int? reasoningTokens = null, string model = "gpt-4o") =>
        Given(deployment, r => r.WithStatusCode(200).WithHeader("Content-Type", "text/event-stream")
            .WithBody(OpenAiWire.Stream(deltas, model, promptTokens, completionTokens, cachedTokens: cachedTokens, reasoningTokens: reasoningTokens)));

    public void GivenStatus(string deployment, int status, string body = "{}", IDictionary<string, string>? headers = null, string? scenario = null, string? state = null, string? nextState = null)
    {
        Given(deployment, r =>
        {
            r = r.WithStatusCode(status).WithHeader("Content-Type", "application/json").WithBody(body);
            foreach (var (name, value) in headers ?? new Dictionary<string, string>())
            {
                r = r.WithHeader(name, value);
            }

            return r;
        }, scenario, state, nextState, priority: 1);
    }

    /// <summary>Responds to requests whose body satisfies <paramref name="body"/>; higher priority numbers lose.</summary>
    public void GivenBody(string deployment, Func<string, bool> body, Func<IResponseBuilder, IResponseBuilder> response, int priority = 5) =>
        _server.Given(Request.Create().WithPath(PathOf(deployment)).UsingPost().WithParam("api-version").WithBody((string? b) => b is not null && body(b)), response, null, null, null, priority);

    /// <summary>
    /// A model that calls <paramref name="call"/> while the conversation has no tool result, and answers
    /// <paramref name="finalAnswer"/> once it has one; JSON or SSE as the request asks.
    /// </summary>
    public void GivenToolRoundTrip(string deployment, FakeToolCall call, string finalAnswer)
    {
        static bool HasToolResult(string b) => b.Contains("\"role\":\"tool\"", StringComparison.Ordinal);
        static bool Streams(string b) => b.Contains("\"stream\":true", StringComparison.Ordinal);
        GivenBody(deployment, b => HasToolResult(b) && Streams(b), r => Sse(r, OpenAiWire.Stream(SplitInThree(finalAnswer))));
        GivenBody(deployment, b => HasToolResult(b) && !Streams(b), r => Json(r, OpenAiWire.Completion(finalAnswer)));
        GivenBody(deployment, b => !HasToolResult(b) && Streams(b), r => Sse(r, OpenAiWire.ToolCallStream([call])));
        GivenBody(deployment, b => !HasToolResult(b) && !Streams(b), r => Json(r, OpenAiWire.ToolCallCompletion([call])));
    }

    /// <summary>A model that answers <paramref name="content"/> (e.g. JSON for a response_format), JSON or SSE as asked.</summary>
    public void GivenAnswer(string deployment, string content)
    {
        GivenBody(deployment, b => b.Contains("\"stream\":true", StringComparison.Ordinal), r => Sse(r, OpenAiWire.Stream(SplitInThree(content))));
        GivenBody(deployment, b => !b.Contains("\"stream\":true", StringComparison.Ordinal), r => Json(r, OpenAiWire.Completion(content)));
    }

    private static IResponseBuilder Json(IResponseBuilder r, string body) => r.WithStatusCode(200).WithHeader("Content-Type", "application/json").WithBody(body);

    private static IResponseBuilder Sse(IResponseBuilder r, string body) => r.WithStatusCode(200).WithHeader("Content-Type", "text/event-stream").WithBody(body);

    private static string[] SplitInThree(string text)
    {
        var third = Math.Max(1, text.Length / 3);
        return text.Length < 3 ? [text] : [text[..third], text[third..(2 * third)], text[(2 * third)..]];
    }

    public IReadOnlyList<ILogEntry> RequestsTo(string deployment) =>
        _server.LogEntries.Where(e => e.RequestMessage.Path == PathOf(deployment)).ToList();

    public void Dispose() => _server.Stop();
}
