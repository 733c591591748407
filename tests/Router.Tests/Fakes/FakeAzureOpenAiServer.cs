using WireMock.Logging;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;

namespace Router.Tests.Fakes;

/// <summary>
/// A test-only server on 127.0.0.1 speaking the Azure OpenAI REST protocol:
/// <c>POST /openai/deployments/{deployment}/chat/completions?api-version=...</c>, JSON or SSE.
/// </summary>
public sealed class FakeAzureOpenAiServer : IDisposable
{
    private readonly WireMockServer _server = WireMockServer.Start();

    public string Endpoint => _server.Url! + "/";

    public static string PathOf(string deployment) => $"/openai/deployments/{deployment}/chat/completions";

    /// <summary>Responds with <paramref name="response"/>; in a scenario, only in state <paramref name="state"/>
    /// (null: the start), moving to <paramref name="nextState"/>.</summary>
    public void Given(string deployment, Func<IResponseBuilder, IResponseBuilder> response, string? scenario = null, string? state = null, string? nextState = null, int priority = 10) =>
        _server.Given(Request.Create().WithPath(PathOf(deployment)).UsingPost().WithParam("api-version"), response, scenario, state, nextState, priority);

    public void GivenCompletion(string deployment, string content, int? promptTokens = 11, int? completionTokens = 7) =>
        Given(deployment, r => r.WithStatusCode(200).WithHeader("Content-Type", "application/json")
            .WithBody(OpenAiWire.Completion(content, promptTokens: promptTokens, completionTokens: completionTokens)));

    public void GivenStream(string deployment, IReadOnlyList<string> deltas, int? promptTokens = 11, int? completionTokens = 7) =>
        Given(deployment, r => r.WithStatusCode(200).WithHeader("Content-Type", "text/event-stream")
            .WithBody(OpenAiWire.Stream(deltas, promptTokens: promptTokens, completionTokens: completionTokens)));

    public void GivenStatus(string deployment, int status, string body = "{}", IDictionary<string, string>? headers = null, string? scenario = null, string? state = null, string? nextState = null)
    {
        Given(deployment, r =>
        {
            r = r.WithStatusCode(status).WithHeader("Content-Type", "application/json").WithBody(body);
            foreach (var (name, value) in headers ?? new Dictionary<string, string>())
                r = r.WithHeader(name, value);
            return r;
        }, scenario, state, nextState, priority: 1);
    }

    public IReadOnlyList<ILogEntry> RequestsTo(string deployment) =>
        _server.LogEntries.Where(e => e.RequestMessage.Path == PathOf(deployment)).ToList();

    public void Dispose() => _server.Stop();
}
