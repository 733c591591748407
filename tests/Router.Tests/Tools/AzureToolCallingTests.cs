using System.Text.Json;
using Router.Backends;
using Router.Requests;
using Router.Tests.Backends.AzureOpenAi;
using Router.Tests.Fakes;
using static Router.Tests.Tools.ToolRequestFixtures;

namespace Router.Tests.Tools;

/// <summary>The closed route passes tools, tool choice and response format to Azure OpenAI and maps tool calls back.</summary>
public sealed class AzureToolCallingTests : IDisposable
{
    private const string Deployment = "gpt4o-a";
    private static readonly FakeToolCall Call = new("call_abc", "get_weather", """{"city":"Paris"}""");
    private readonly FakeAzureOpenAiServer _server = new();

    public void Dispose() => _server.Dispose();

    private static BackendRequest Request(ToolsAndFormat shape, IReadOnlyList<ChatMessage>? messages = null) =>
        new("gpt-4o", messages ?? [new ChatMessage("user", "What is the weather in Paris?")], new()) { ToolsAndFormat = shape };

    private JsonElement Sent() => JsonDocument.Parse(_server.RequestsTo(Deployment)[^1].RequestMessage.Body!).RootElement;

    [Fact]
    public async Task CompleteAsync_ModelCallsTool_ToolCallsAndFinishReasonMapped()
    {
        _server.GivenToolRoundTrip(Deployment, Call, "18 °C in Paris.");
        var backend = AzureBackendHarness.Create(_server);

        var completion = await backend.CompleteAsync(Request(WeatherTools(ToolChoice.Function("get_weather")) with { ParallelToolCalls = false }));

        Assert.Equal([new ToolCall("call_abc", "get_weather", """{"city":"Paris"}""")], completion.ToolCalls);
        Assert.Equal("tool_calls", completion.FinishReason);
        var sent = Sent();
        var function = sent.GetProperty("tools")[0].GetProperty("function");
        Assert.Equal("get_weather", function.GetProperty("name").GetString());
        Assert.Equal("Current weather for a city.", function.GetProperty("description").GetString());
        Assert.True(function.GetProperty("strict").GetBoolean());
        Assert.Equal(JsonDocument.Parse(WeatherSchema).RootElement.GetRawText(), function.GetProperty("parameters").GetRawText());
        Assert.Equal("get_weather", sent.GetProperty("tool_choice").GetProperty("function").GetProperty("name").GetString());
        Assert.False(sent.GetProperty("parallel_tool_calls").GetBoolean());
    }

    [Fact]
    public async Task CompleteAsync_HistoryWithToolCallAndResult_SentAsAssistantToolCallsAndToolMessage()
    {
        _server.GivenToolRoundTrip(Deployment, Call, "18 °C in Paris.");
        var backend = AzureBackendHarness.Create(_server);

        var completion = await backend.CompleteAsync(Request(WeatherTools(), RoundTripHistory()));

        Assert.Equal("18 °C in Paris.", completion.Content);
        Assert.Empty(completion.ToolCalls);
        var messages = Sent().GetProperty("messages");
        var call = messages[1].GetProperty("tool_calls")[0];
        Assert.Equal(("call_1", "get_weather", """{"city":"Paris"}"""),
            (call.GetProperty("id").GetString(), call.GetProperty("function").GetProperty("name").GetString(), call.GetProperty("function").GetProperty("arguments").GetString()));
        Assert.Equal("tool", messages[2].GetProperty("role").GetString());
        Assert.Equal("call_1", messages[2].GetProperty("tool_call_id").GetString());
    }

    [Fact]
    public async Task StreamAsync_ModelCallsTool_DeltasReassembleToTheCall()
    {
        _server.GivenToolRoundTrip(Deployment, Call, "unused");
        var backend = AzureBackendHarness.Create(_server);

        var chunks = await backend.StreamAsync(Request(WeatherTools(ToolChoice.Required))).ToListAsync();

        var calls = new ToolCallAccumulator();
        foreach (var chunk in chunks)
        {
            calls.AddRange(chunk.ToolCallDeltas);
        }

        Assert.Equal([new ToolCall("call_abc", "get_weather", """{"city":"Paris"}""")], calls.ToList());
        Assert.True(chunks.Count(c => c.ToolCallDeltas is not null) >= 3, "arguments arrive in pieces");
        Assert.Contains(chunks, c => c.FinishReason == "tool_calls");
        Assert.Equal("required", Sent().GetProperty("tool_choice").GetString());
    }

    [Theory]
    [InlineData("json_object")]
    [InlineData("json_schema")]
    public async Task CompleteAsync_ResponseFormat_SentAsAzureExpects(string type)
    {
        _server.GivenAnswer(Deployment, """{"name":"Ada","age":36}""");
        var backend = AzureBackendHarness.Create(_server);
        var shape = type == "json_object" ? new ToolsAndFormat { ResponseFormat = ResponseFormat.JsonObject } : PersonExtraction();

        var completion = await backend.CompleteAsync(Request(shape));

        Assert.Equal("""{"name":"Ada","age":36}""", completion.Content);
        var format = Sent().GetProperty("response_format");
        Assert.Equal(type, format.GetProperty("type").GetString());
        if (type == "json_schema")
        {
            var schema = format.GetProperty("json_schema");
            Assert.Equal("person", schema.GetProperty("name").GetString());
            Assert.True(schema.GetProperty("strict").GetBoolean());
            Assert.Equal(JsonDocument.Parse(PersonSchema).RootElement.GetRawText(), schema.GetProperty("schema").GetRawText());
        }
    }
}
