using System.ClientModel;
using System.Net;
using System.Text.Json;
using OpenAI;
using OpenAI.Chat;
using Router.Functions.Tests.Support;
using Router.Requests;
using OurToolCall = Router.Requests.ToolCall;

namespace Router.Functions.Tests.Endpoints;

/// <summary>tools, tool_choice, parallel_tool_calls and response_format on the OpenAI surface, read and answered.</summary>
public sealed class ChatCompletionsToolsTests
{
    private const string WeatherSchema = """{"type":"object","properties":{"city":{"type":"string"}},"required":["city"]}""";
    private static readonly OurToolCall Call = new("call_1", "get_weather", """{"city":"Paris"}""");

    private static string ToolBody(bool stream = false) => $$$"""
        {"messages":[{"role":"user","content":"Weather in Paris?"},
                     {"role":"assistant","content":null,"tool_calls":[{"id":"call_0","type":"function","function":{"name":"get_weather","arguments":"{\"city\":\"Rome\"}"}}]},
                     {"role":"tool","tool_call_id":"call_0","content":"{\"temp_c\":21}"}],
         "tools":[{"type":"function","function":{"name":"get_weather","description":"Weather for a city.","parameters":{{{WeatherSchema}}},"strict":true}}],
         "tool_choice":{"type":"function","function":{"name":"get_weather"}},
         "parallel_tool_calls":false,
         "response_format":{"type":"json_schema","json_schema":{"name":"weather","schema":{{{WeatherSchema}}},"strict":true}},
         "stream":{{{(stream ? "true" : "false")}}}}
        """;

    private static ChatClient Sdk(TestApp app) =>
        new("auto", new ApiKeyCredential(TestApp.AcmeKey), new OpenAIClientOptions { Endpoint = new Uri(app.BaseAddress, "/api/v1") });

    [Fact]
    public async Task Post_ToolsChoiceFormatAndToolHistory_ReachTheBackendAsSent()
    {
        await using var app = await TestApp.StartAsync();

        var response = await app.Client().PostAsync("/api/v1/chat/completions", Json.Body(ToolBody()));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var sent = app.Fakes.Dispatch.LastRequest!;
        var tool = Assert.Single(sent.ToolsAndFormat.Tools);
        Assert.Equal(("get_weather", "Weather for a city.", true), (tool.Name, tool.Description, tool.Strict));
        Assert.Equal(WeatherSchema, tool.Parameters);
        Assert.Equal(ToolChoice.Function("get_weather"), sent.ToolsAndFormat.ToolChoice);
        Assert.False(sent.ToolsAndFormat.ParallelToolCalls);
        Assert.Equal(ResponseFormat.JsonSchema("weather", WeatherSchema, strict: true), sent.ToolsAndFormat.ResponseFormat);
        Assert.Equal([new OurToolCall("call_0", "get_weather", """{"city":"Rome"}""")], sent.Messages[1].ToolCalls);
        Assert.Equal(("tool", "call_0", """{"temp_c":21}"""), (sent.Messages[2].Role, sent.Messages[2].ToolCallId, sent.Messages[2].Content));
    }

    [Fact]
    public async Task Post_ModelCallsTool_AnswerCarriesToolCallsWithContentNull()
    {
        await using var app = await TestApp.StartAsync();
        app.Fakes.Dispatch.ToolCalls = [Call];

        var response = await app.Client().PostAsync("/api/v1/chat/completions", Json.Body(ToolBody()));

        var choice = (await Json.ReadAsync(response)).GetProperty("choices")[0];
        Assert.Equal("tool_calls", choice.GetProperty("finish_reason").GetString());
        var message = choice.GetProperty("message");
        Assert.Equal(JsonValueKind.Null, message.GetProperty("content").ValueKind);
        var call = Assert.Single(message.GetProperty("tool_calls").EnumerateArray());
        Assert.Equal(("call_1", "function", "get_weather", """{"city":"Paris"}"""), (
            call.GetProperty("id").GetString(), call.GetProperty("type").GetString(),
            call.GetProperty("function").GetProperty("name").GetString(), call.GetProperty("function").GetProperty("arguments").GetString()));
    }

    [Fact]
    public async Task Post_TextAnswer_HasNoToolCallsField()
    {
        await using var app = await TestApp.StartAsync();

        var response = await app.Client().PostAsync("/api/v1/chat/completions", Json.Body(Json.Chat("hello")));

        Assert.False((await Json.ReadAsync(response)).GetProperty("choices")[0].GetProperty("message").TryGetProperty("tool_calls", out _));
    }

    [Fact]
    public async Task OpenAiSdk_ToolCall_ReadAsChatToolCall()
    {
        await using var app = await TestApp.StartAsync();
        app.Fakes.Dispatch.ToolCalls = [Call];
        var options = new ChatCompletionOptions { ToolChoice = ChatToolChoice.CreateRequiredChoice() };
        options.Tools.Add(ChatTool.CreateFunctionTool("get_weather", "Weather for a city.", BinaryData.FromString(WeatherSchema)));

        ChatCompletion completion = await Sdk(app).CompleteChatAsync([new UserChatMessage("Weather in Paris?")], options);

        Assert.Equal(ChatFinishReason.ToolCalls, completion.FinishReason);
        var call = Assert.Single(completion.ToolCalls);
        Assert.Equal(("call_1", "get_weather", """{"city":"Paris"}"""), (call.Id, call.FunctionName, call.FunctionArguments.ToString()));
        Assert.Equal(ToolChoice.Required, app.Fakes.Dispatch.LastRequest!.ToolsAndFormat.ToolChoice);
    }

    [Fact]
    public async Task OpenAiSdk_StreamedToolCall_ReassembledFromDeltas()
    {
        await using var app = await TestApp.StartAsync();
        app.Fakes.Dispatch.ToolCalls = [Call, Call with { Id = "call_2", Arguments = """{"city":"Lyon"}""" }];
        var options = new ChatCompletionOptions();
        options.Tools.Add(ChatTool.CreateFunctionTool("get_weather", "Weather for a city.", BinaryData.FromString(WeatherSchema)));

        var ids = new Dictionary<int, string>();
        var names = new Dictionary<int, string>();
        var arguments = new Dictionary<int, System.Text.StringBuilder>();
        ChatFinishReason? finish = null;
        var pieces = 0;
        await foreach (var update in Sdk(app).CompleteChatStreamingAsync([new UserChatMessage("Weather in Paris and Lyon?")], options))
        {
            foreach (var part in update.ToolCallUpdates)
            {
                pieces++;
                if (part.ToolCallId is { } id)
                {
                    ids[part.Index] = id;
                }

                if (part.FunctionName is { } name)
                {
                    names[part.Index] = name;
                }

                (arguments.TryGetValue(part.Index, out var sb) ? sb : arguments[part.Index] = new()).Append(part.FunctionArgumentsUpdate?.ToString());
            }

            finish ??= update.FinishReason;
        }

        Assert.Equal(ChatFinishReason.ToolCalls, finish);
        Assert.Equal(6, pieces);
        Assert.Equal(("call_1", "get_weather", """{"city":"Paris"}"""), (ids[0], names[0], arguments[0].ToString()));
        Assert.Equal(("call_2", "get_weather", """{"city":"Lyon"}"""), (ids[1], names[1], arguments[1].ToString()));
    }

    [Fact]
    public async Task Post_NoRouteCanHonourAParameter_400NamingIt()
    {
        await using var app = await TestApp.StartAsync();
        app.Fakes.Policy.UnsupportedParameter = "response_format.json_schema.schema.patternProperties";

        var response = await app.Client().PostAsync("/api/v1/chat/completions", Json.Body(ToolBody()));

        var error = await Json.AssertErrorAsync(response, 400);
        Assert.Equal("response_format.json_schema.schema.patternProperties", error.GetProperty("param").GetString());
        Assert.Equal("unsupported_parameter", error.GetProperty("code").GetString());
    }

    public static TheoryData<string, string> BadToolInput => new()
    {
        { """{"functions":[{"name":"f"}]}""", "functions" },
        { """{"function_call":"auto"}""", "function_call" },
        { """{"tool_choice":"required"}""", "tool_choice" },
        { """{"tools":[{"type":"retrieval"}]}""", "tools[0].type" },
        { """{"tools":[{"type":"function","function":{"name":"bad name"}}]}""", "tools[0].function.name" },
        { """{"tools":[{"type":"function","function":{"name":"f","parameters":"{}"}}]}""", "tools[0].function.parameters" },
        { """{"tools":[{"type":"function","function":{"name":"f"}},{"type":"function","function":{"name":"f"}}]}""", "tools" },
        { """{"tools":[{"type":"function","function":{"name":"f"}}],"tool_choice":{"type":"function","function":{"name":"g"}}}""", "tool_choice.function.name" },
        { """{"tools":[{"type":"function","function":{"name":"f"}}],"tool_choice":"sometimes"}""", "tool_choice" },
        { """{"parallel_tool_calls":"yes"}""", "parallel_tool_calls" },
        { """{"response_format":{"type":"xml"}}""", "response_format.type" },
        { """{"response_format":{"type":"json_schema"}}""", "response_format.json_schema" },
        { """{"response_format":{"type":"json_schema","json_schema":{"schema":{}}}}""", "response_format.json_schema.name" },
        { """{"response_format":{"type":"json_schema","json_schema":{"name":"x","schema":[]}}}""", "response_format.json_schema.schema" },
        { """{"audio":{"voice":"alloy","format":"wav"}}""", "audio" },
        { """{"modalities":["text","audio"]}""", "modalities" },
    };

    [Theory]
    [MemberData(nameof(BadToolInput))]
    public async Task Post_BadToolOrFormatInput_400NamingTheParameter(string fields, string param)
    {
        await using var app = await TestApp.StartAsync();
        var body = fields[..^1] + ""","messages":[{"role":"user","content":"hi"}]}""";

        var response = await app.Client().PostAsync("/api/v1/chat/completions", Json.Body(body));

        Assert.Equal(param, (await Json.AssertErrorAsync(response, 400)).GetProperty("param").GetString());
        Assert.Equal(0, app.Fakes.Classifier.Calls);
    }

    [Theory]
    [InlineData("""[{"role":"tool","content":"42"}]""", "messages[0].tool_call_id")]
    [InlineData("""[{"role":"assistant","tool_calls":[{"type":"function","function":{"name":"f","arguments":"{}"}}]}]""", "messages[0].tool_calls[0].id")]
    [InlineData("""[{"role":"assistant","tool_calls":{"id":"x"}}]""", "messages[0].tool_calls")]
    public async Task Post_BadToolHistory_400NamingTheField(string messages, string param)
    {
        await using var app = await TestApp.StartAsync();

        var response = await app.Client().PostAsync("/api/v1/chat/completions", Json.Body($$"""{"messages":{{messages}}}"""));

        Assert.Equal(param, (await Json.AssertErrorAsync(response, 400)).GetProperty("param").GetString());
    }
}
