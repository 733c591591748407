using System.Net;
using System.Text;
using System.Text.Json;
using GpuWorker.Tests.Structured;
using GpuWorker.Tests.TestSupport;

namespace GpuWorker.Tests.Api;

/// <summary>A worker with room for tool prompts (the tiny vocabulary spells JSON byte by byte).</summary>
public sealed class StructuredWorker : IAsyncLifetime
{
    private readonly TinyModelFile _model = new();
    private WorkerServer? _server;

    internal WorkerServer Server => _server ?? throw new InvalidOperationException("Not started.");

    public async Task InitializeAsync() => _server = await WorkerServer.StartAsync(_model.Path, new Dictionary<string, string?>
    {
        ["Worker:ContextSize"] = "4096",
        ["Worker:MaxConcurrent"] = "1",
    });

    public async Task DisposeAsync()
    {
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }

        _model.Dispose();
    }
}

/// <summary>
/// Grammar-constrained decoding on the real llama.cpp with the tiny random model: whatever the weights prefer, every
/// answer parses and validates against the schema (JsonSchema.Net), for json_schema, json_object and forced tool calls,
/// streamed and not, over several seeds and temperatures.
/// </summary>
public sealed class StructuredOutputTests(StructuredWorker worker) : IClassFixture<StructuredWorker>
{
    private const string PersonSchema = """{"type":"object","properties":{"name":{"type":"string","maxLength":12},"age":{"type":"integer"},"tags":{"type":"array","items":{"type":"string","enum":["a","b"]},"maxItems":3},"nick":{"type":["string","null"]}},"required":["name","age","tags"],"additionalProperties":false}""";
    private const string WeatherSchema = """{"type":"object","properties":{"city":{"type":"string"},"unit":{"enum":["c","f"]}},"required":["city","unit"],"additionalProperties":false}""";
    private const string AnySchema = """{"type":"object"}""";

    private static readonly object[] Tools =
    [
        new { type = "function", function = new { name = "get_weather", description = "Weather for a city.", parameters = JsonDocument.Parse(WeatherSchema).RootElement } },
        new { type = "function", function = new { name = "get_time", parameters = JsonDocument.Parse("""{"type":"object","properties":{"tz":{"type":"string"}},"required":["tz"],"additionalProperties":false}""").RootElement } },
    ];

    public static TheoryData<bool, int> Runs => new() { { false, 1 }, { false, 2 }, { true, 3 }, { true, 4 } };

    private async Task<(string? Content, JsonElement? ToolCalls, string Finish)> AskAsync(object body, bool stream)
    {
        using var response = await worker.Server.ChatAsync(body);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, text);
        if (!stream)
        {
            var choice = JsonDocument.Parse(text).RootElement.GetProperty("choices")[0];
            var message = choice.GetProperty("message");
            return (message.GetProperty("content").ValueKind == JsonValueKind.String ? message.GetProperty("content").GetString() : null,
                message.TryGetProperty("tool_calls", out var calls) ? calls.Clone() : null, choice.GetProperty("finish_reason").GetString()!);
        }

        var content = new StringBuilder();
        var toolCalls = new List<object>();
        string? finish = null;
        foreach (var line in Sse.DataLines(text).Where(l => l != "[DONE]"))
        {
            var choice = Sse.Json(line).GetProperty("choices")[0];
            var delta = choice.GetProperty("delta");
            if (delta.TryGetProperty("content", out var c) && c.ValueKind == JsonValueKind.String)
            {
                content.Append(c.GetString());
            }

            if (delta.TryGetProperty("tool_calls", out var t))
            {
                toolCalls.AddRange(t.EnumerateArray().Select(e => (object)e.Clone()));
            }

            if (choice.TryGetProperty("finish_reason", out var f) && f.ValueKind == JsonValueKind.String)
            {
                finish = f.GetString();
            }
        }

        return (content.ToString(), toolCalls.Count == 0 ? null : JsonSerializer.SerializeToElement(toolCalls), finish!);
    }

    private static object Body(bool stream, int seed, object extra) =>
        new Dictionary<string, object?>(JsonSerializer.SerializeToElement(extra).EnumerateObject().Select(p => KeyValuePair.Create(p.Name, (object?)p.Value)))
        {
            ["messages"] = new[] { new { role = "user", content = "Tell me about Ada." } },
            ["max_tokens"] = 400,
            ["temperature"] = seed % 2 == 0 ? 1.5 : 0.8,
            ["seed"] = seed,
            ["stream"] = stream,
        };

    [Theory]
    [MemberData(nameof(Runs))]
    public async Task JsonSchema_AnswerParsesAndValidates(bool stream, int seed)
    {
        var (content, _, finish) = await AskAsync(Body(stream, seed, new { response_format = new { type = "json_schema", json_schema = new { name = "person", schema = JsonDocument.Parse(PersonSchema).RootElement } } }), stream);

        JsonSchemaGrammarTests.AssertValid(PersonSchema, content!);
        Assert.Equal("stop", finish);
    }

    [Theory]
    [MemberData(nameof(Runs))]
    public async Task JsonObject_AnswerIsAJsonObject(bool stream, int seed)
    {
        var (content, _, finish) = await AskAsync(Body(stream, seed, new { response_format = new { type = "json_object" } }), stream);

        JsonSchemaGrammarTests.AssertValid(AnySchema, content!);
        Assert.Equal(JsonValueKind.Object, JsonDocument.Parse(content!).RootElement.ValueKind);
        Assert.Equal("stop", finish);
    }

    [Theory]
    [MemberData(nameof(Runs))]
    public async Task ForcedToolCall_CallsThatToolWithValidArguments(bool stream, int seed)
    {
        var (_, calls, finish) = await AskAsync(Body(stream, seed, new { tools = Tools, tool_choice = new { type = "function", function = new { name = "get_weather" } } }), stream);

        var call = Assert.Single(calls!.Value.EnumerateArray());
        Assert.StartsWith("call_", call.GetProperty("id").GetString(), StringComparison.Ordinal);
        Assert.Equal("get_weather", call.GetProperty("function").GetProperty("name").GetString());
        JsonSchemaGrammarTests.AssertValid(WeatherSchema, call.GetProperty("function").GetProperty("arguments").GetString()!);
        Assert.Equal("tool_calls", finish);
    }

    [Theory]
    [MemberData(nameof(Runs))]
    public async Task RequiredToolCall_CallsOneOfTheTools(bool stream, int seed)
    {
        var (_, calls, finish) = await AskAsync(Body(stream, seed, new { tools = Tools, tool_choice = "required" }), stream);

        var call = Assert.Single(calls!.Value.EnumerateArray());
        Assert.Contains(call.GetProperty("function").GetProperty("name").GetString(), new[] { "get_weather", "get_time" });
        JsonDocument.Parse(call.GetProperty("function").GetProperty("arguments").GetString()!);
        Assert.Equal("tool_calls", finish);
    }

    [Fact]
    public async Task AutoToolChoice_FreeTextAnswer_PlainContentNoToolCalls()
    {
        var (content, calls, finish) = await AskAsync(Body(false, 5, new { tools = Tools }), false);

        // The random model writes no <tool_call> envelope on its own: its text comes back as content.
        Assert.Null(calls);
        Assert.False(string.IsNullOrEmpty(content));
        Assert.NotEqual("tool_calls", finish);
    }

    [Theory]
    [MemberData(nameof(Runs))]
    public async Task AutoToolChoice_EveryAnswerIsPlainTextOrOneValidCall(bool stream, int seed)
    {
        var (content, calls, finish) = await AskAsync(Body(stream, seed, new { tools = Tools, tool_choice = "auto" }), stream);

        if (calls is null)
        {
            // The grammar's text branch: no call envelope, whole or broken, can be written.
            Assert.DoesNotContain("<tool_call>", content, StringComparison.Ordinal);
            Assert.NotEqual("tool_calls", finish);
            return;
        }

        var call = Assert.Single(calls.Value.EnumerateArray());
        var name = call.GetProperty("function").GetProperty("name").GetString();
        var schema = name == "get_weather" ? WeatherSchema : """{"type":"object","properties":{"tz":{"type":"string"}},"required":["tz"],"additionalProperties":false}""";
        Assert.Contains(name, new[] { "get_weather", "get_time" });
        JsonSchemaGrammarTests.AssertValid(schema, call.GetProperty("function").GetProperty("arguments").GetString()!);
        Assert.Equal("tool_calls", finish);
    }

    [Fact]
    public async Task AutoToolChoice_BudgetTooSmallForACall_TextAnswer()
    {
        var body = (Dictionary<string, object?>)Body(false, 6, new { tools = Tools });
        body["max_tokens"] = 6;

        var (content, calls, finish) = await AskAsync(body, false);

        Assert.Null(calls);
        Assert.NotNull(content);
        Assert.NotEqual("tool_calls", finish);
    }

    [Fact]
    public async Task UnsupportedKeyword_400NamingIt()
    {
        using var response = await worker.Server.ChatAsync(Body(false, 1, new
        {
            response_format = new { type = "json_schema", json_schema = new { name = "zip", schema = JsonDocument.Parse("""{"type":"object","properties":{"zip":{"type":"string","pattern":"^[0-9]{5}$"}}}""").RootElement } },
        }));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var error = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("error");
        Assert.Equal("response_format.json_schema.schema.properties.zip.pattern", error.GetProperty("param").GetString());
    }

    [Fact]
    public async Task ToolRoundTripHistory_RenderedAndAnswered()
    {
        using var response = await worker.Server.ChatAsync(new
        {
            messages = new object[]
            {
                new { role = "user", content = "Weather in Paris?" },
                new { role = "assistant", content = (string?)null, tool_calls = new[] { new { id = "call_1", type = "function", function = new { name = "get_weather", arguments = """{"city":"Paris","unit":"c"}""" } } } },
                new { role = "tool", tool_call_id = "call_1", content = """{"temp":18}""" },
            },
            tools = Tools,
            max_tokens = 8,
            seed = 1,
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var usage = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("usage");
        Assert.True(usage.GetProperty("prompt_tokens").GetInt32() > 100, "tools, the call and its result are in the prompt");
    }
}
