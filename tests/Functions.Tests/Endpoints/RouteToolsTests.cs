using System.Collections.Concurrent;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Router.Classification;
using Router.Functions.Tests.Support;
using Router.Requests;
using OurToolCall = Router.Requests.ToolCall;

namespace Router.Functions.Tests.Endpoints;

/// <summary>tools, tool_choice, parallel_tool_calls and response_format on POST /api/route and on batch messages: read
/// and validated exactly as on the chat endpoint, classified the same, and tool calls answered back.</summary>
public sealed class RouteToolsTests
{
    private const string WeatherSchema = """{"type":"object","properties":{"city":{"type":"string"}},"required":["city"]}""";

    // The assistant turn's arguments carry an e-mail address: only a classifier that reads tool texts sees it.
    private const string ToolFields = $$$"""
        "messages":[{"role":"user","content":"Weather where Bob lives?"},
                    {"role":"assistant","content":null,"tool_calls":[{"id":"call_0","type":"function","function":{"name":"get_weather","arguments":"{\"city\":\"Rome\",\"contact\":\"bob.rossi@example.com\"}"}}]},
                    {"role":"tool","tool_call_id":"call_0","content":"{\"temp_c\":21}"}],
        "tools":[{"type":"function","function":{"name":"get_weather","description":"Weather for a city.","parameters":{{{WeatherSchema}}},"strict":true}}],
        "tool_choice":{"type":"function","function":{"name":"get_weather"}},
        "parallel_tool_calls":false,
        "response_format":{"type":"json_schema","json_schema":{"name":"weather","schema":{{{WeatherSchema}}},"strict":true}}
        """;

    private static readonly OurToolCall Call = new("call_1", "get_weather", """{"city":"Paris"}""");

    [Fact]
    public async Task Route_ToolsChoiceFormatAndHistory_ReachThePipelineAsOnTheChatEndpoint()
    {
        await using var app = await TestApp.StartAsync();

        Assert.Equal(200, (int)(await app.Client().PostAsync("/api/v1/chat/completions", Json.Body("{" + ToolFields + "}"))).StatusCode);
        var viaChat = app.Fakes.Policy.LastRequest!;
        Assert.Equal(200, (int)(await app.Client().PostAsync("/api/route", Json.Body("{" + ToolFields + "}"))).StatusCode);
        var viaRoute = app.Fakes.Policy.LastRequest!;

        Assert.NotSame(viaChat, viaRoute);
        var tool = Assert.Single(viaRoute.ToolsAndFormat.Tools);
        Assert.Equal(Assert.Single(viaChat.ToolsAndFormat.Tools), tool);
        Assert.Equal(new ToolDefinition("get_weather", "Weather for a city.", WeatherSchema, true), tool);
        Assert.Equal(ToolChoice.Function("get_weather"), viaRoute.ToolsAndFormat.ToolChoice);
        Assert.False(viaRoute.ToolsAndFormat.ParallelToolCalls);
        Assert.Equal(ResponseFormat.JsonSchema("weather", WeatherSchema, strict: true), viaRoute.ToolsAndFormat.ResponseFormat);
        Assert.Equal(viaChat.Messages[1].ToolCalls, viaRoute.Messages[1].ToolCalls);
        Assert.Equal(("tool", "call_0"), (viaRoute.Messages[2].Role, viaRoute.Messages[2].ToolCallId));
    }

    [Fact]
    public async Task Route_ModelCallsTool_AnswerCarriesToolCallsInOpenAiShape()
    {
        await using var app = await TestApp.StartAsync();
        app.Fakes.Dispatch.ToolCalls = [Call];

        var body = await Json.ReadAsync(await app.Client().PostAsync("/api/route", Json.Body("{" + ToolFields + "}")));

        Assert.Equal("tool_calls", body.GetProperty("finishReason").GetString());
        var call = Assert.Single(body.GetProperty("toolCalls").EnumerateArray());
        Assert.Equal(("call_1", "function", "get_weather", """{"city":"Paris"}"""), (
            call.GetProperty("id").GetString(), call.GetProperty("type").GetString(),
            call.GetProperty("function").GetProperty("name").GetString(), call.GetProperty("function").GetProperty("arguments").GetString()));
    }

    [Fact]
    public async Task Route_TextAnswer_HasNoToolCallsField()
    {
        await using var app = await TestApp.StartAsync();

        var body = await Json.ReadAsync(await app.Client().PostAsync("/api/route", Json.Body(new { messages = new[] { new { role = "user", content = "hi" } } })));

        Assert.Equal("echo: hi", body.GetProperty("content").GetString());
        Assert.False(body.TryGetProperty("toolCalls", out _));
    }

    [Theory]
    [InlineData("\"tools\":{}", "tools", "invalid_type")]
    [InlineData("\"tools\":[{\"type\":\"code_interpreter\"}]", "tools[0].type", "unsupported_parameter")]
    [InlineData("\"tools\":[{\"type\":\"function\",\"function\":{\"name\":\"a b\"}}]", "tools[0].function.name", null)]
    [InlineData("\"tools\":[{\"type\":\"function\",\"function\":{\"name\":\"f\"}}],\"tool_choice\":{\"type\":\"function\",\"function\":{\"name\":\"g\"}}", "tool_choice.function.name", null)]
    [InlineData("\"tool_choice\":\"required\"", "tool_choice", null)]
    [InlineData("\"response_format\":{\"type\":\"yaml\"}", "response_format.type", null)]
    [InlineData("\"response_format\":{\"type\":\"json_schema\"}", "response_format.json_schema", "missing_required_parameter")]
    [InlineData("\"functions\":[{\"name\":\"f\"}]", "functions", "unsupported_parameter")]
    [InlineData("\"function_call\":\"auto\"", "function_call", "unsupported_parameter")]
    public async Task Route_BadToolFields_Same400AsTheChatEndpoint(string field, string param, string? code)
    {
        await using var app = await TestApp.StartAsync();
        var body = "{\"messages\":[{\"role\":\"user\",\"content\":\"x\"}]," + field + "}";

        var onRoute = await Json.AssertErrorAsync(await app.Client().PostAsync("/api/route", Json.Body(body)), 400);
        var onChat = await Json.AssertErrorAsync(await app.Client().PostAsync("/api/v1/chat/completions", Json.Body(body)), 400);

        Assert.Equal(param, onRoute.GetProperty("param").GetString());
        if (code is not null)
        {
            Assert.Equal(code, onRoute.GetProperty("code").GetString());
        }

        Assert.Equal(onChat.GetProperty("message").GetString(), onRoute.GetProperty("message").GetString());
        Assert.Equal((onChat.GetProperty("param").GetString(), onChat.GetProperty("code").ToString()), (param, onRoute.GetProperty("code").ToString()));
        Assert.Equal(0, app.Fakes.Dispatch.Calls);
    }

    [Theory]
    [InlineData("toolChoice", "tool_choice")]
    [InlineData("responseFormat", "response_format")]
    [InlineData("parallelToolCalls", "parallel_tool_calls")]
    public async Task Route_CamelCaseToolField_400NamesTheOpenAiSpelling(string camel, string openAi)
    {
        await using var app = await TestApp.StartAsync();

        var error = await Json.AssertErrorAsync(await app.Client().PostAsync("/api/route", Json.Body($"{{\"messages\":[{{\"role\":\"user\",\"content\":\"x\"}}],\"{camel}\":null}}")), 400);

        Assert.Equal((camel, "unknown_parameter"), (error.GetProperty("param").GetString(), error.GetProperty("code").GetString()));
        Assert.Contains($"(use '{openAi}')", error.GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Route_ToolRequest_ClassifiedExactlyAsOnTheChatEndpoint()
    {
        var recorder = new RecordingClassifier();
        await using var app = await TestApp.StartAsync(services: s =>
        {
            s.RemoveAll<IRequestClassifier>();
            s.AddSingleton<IRequestClassifier>(sp => recorder.Wrap(ActivatorUtilities.CreateInstance<RequestClassifier>(sp)));
        });

        await app.Client().PostAsync("/api/v1/chat/completions", Json.Body("{" + ToolFields + "}"));
        await app.Client().PostAsync("/api/route", Json.Body("{" + ToolFields + "}"));
        await app.Client().PostAsync("/api/route", Json.Body("{\"messages\":[{\"role\":\"user\",\"content\":\"Weather where Bob lives?\"}]}"));

        var (chat, route, plain) = (recorder.Results[0], recorder.Results[1], recorder.Results[2]);
        Assert.Equal(chat.Difficulty, route.Difficulty);
        Assert.Equal(chat.Sensitivity.Level, route.Sensitivity.Level);
        Assert.Equal(chat.Sensitivity.Entities.Select(e => e.Type), route.Sensitivity.Entities.Select(e => e.Type));
        // The e-mail address sits only in a tool call's arguments: seen on both endpoints, absent from the plain request.
        Assert.True(route.Sensitivity.IsSensitive);
        Assert.False(plain.Sensitivity.IsSensitive);
        // Same task text, but the tool round in the history raises the tool request's difficulty, on both endpoints.
        Assert.Equal(plain.Difficulty, route.TextDifficulty);
        Assert.True(route.Difficulty > plain.Difficulty);
        Assert.Equal(["1 tool round in the history +0.10"], route.DifficultyFactors);
        Assert.Equal(chat.DifficultyFactors, route.DifficultyFactors);
    }

    [Fact]
    public async Task BatchMessage_WithTools_ReachesTheBackendAndTheStoredResultKeepsTheCalls()
    {
        await using var app = await TestApp.StartAsync();
        app.Fakes.Dispatch.ToolCalls = [Call];
        var message = JsonSerializer.Deserialize<JsonElement>("{\"id\":\"tool-job-1\",\"tenant\":\"acme\"," + ToolFields + "}");

        var (status, body) = await Invocation.PostAsync(app.Client(null), "BatchQueue", Invocation.ServiceBus(message));

        Assert.Equal(200, status);
        Assert.Equal("completed", body.GetProperty("ReturnValue").GetProperty("status").GetString());
        var sent = app.Fakes.Dispatch.LastRequest!;
        Assert.Equal(ToolChoice.Function("get_weather"), sent.ToolsAndFormat.ToolChoice);
        Assert.Equal(ResponseFormat.JsonSchema("weather", WeatherSchema, strict: true), sent.ToolsAndFormat.ResponseFormat);
        var stored = await Json.ReadAsync(await app.Client().GetAsync("/api/batch/tool-job-1"));
        var call = Assert.Single(stored.GetProperty("toolCalls").EnumerateArray());
        Assert.Equal(("call_1", "get_weather", """{"city":"Paris"}"""), (
            call.GetProperty("id").GetString(), call.GetProperty("name").GetString(), call.GetProperty("arguments").GetString()));
    }

    [Fact]
    public async Task BatchMessage_BadToolChoice_InvalidWithTheSameReasonAsHttp()
    {
        await using var app = await TestApp.StartAsync();
        var message = JsonSerializer.Deserialize<JsonElement>(
            """{"id":"tool-job-2","tenant":"acme","messages":[{"role":"user","content":"x"}],"tools":[{"type":"function","function":{"name":"f"}}],"tool_choice":{"type":"function","function":{"name":"g"}}}""");

        var (_, body) = await Invocation.PostAsync(app.Client(null), "BatchQueue", Invocation.ServiceBus(message));

        Assert.Equal("invalid", body.GetProperty("ReturnValue").GetProperty("status").GetString());
        Assert.Contains("'tool_choice' names the function 'g', which is not in 'tools'.", body.GetProperty("ReturnValue").GetProperty("reason").GetString(), StringComparison.Ordinal);
        Assert.Equal(0, app.Fakes.Dispatch.Calls);
    }

    /// <summary>Records what the real classifier answered, in call order.</summary>
    private sealed class RecordingClassifier
    {
        private readonly ConcurrentQueue<RequestClassification> _results = new();

        public IReadOnlyList<RequestClassification> Results => _results.ToArray();

        public IRequestClassifier Wrap(IRequestClassifier inner) => new Recording(inner, _results);

        private sealed class Recording(IRequestClassifier inner, ConcurrentQueue<RequestClassification> results) : IRequestClassifier
        {
            public async ValueTask<RequestClassification> ClassifyAsync(ChatRequest request, SensitivityScope scope, CancellationToken cancellationToken = default)
            {
                var result = await inner.ClassifyAsync(request, scope, cancellationToken);
                results.Enqueue(result);
                return result;
            }
        }
    }
}
