using System.ClientModel;
using System.Text;
using OpenAI;
using OpenAI.Chat;
using Sdk.Tests.Support;

namespace Sdk.Tests;

/// <summary>The official OpenAI .NET SDK (2.15) against the running app: tool round trip, streamed tool call and a
/// json_schema answer, on the closed route (fake Azure OpenAI) and on the private route (real worker, tiny model).</summary>
[Collection(RunningAppCollection.Name)]
public sealed class DotNetSdkTests(RunningApp app)
{
    public static TheoryData<string> Routes => new() { "closed", "private" };

    private ChatClient Client(string route) =>
        new("auto", new ApiKeyCredential(route == "closed" ? RunningApp.ClosedKey : RunningApp.PrivateKey), new OpenAIClientOptions { Endpoint = app.ApiBase, RetryPolicy = new System.ClientModel.Primitives.ClientRetryPolicy(0) });

    private static ChatCompletionOptions ToolOptions(ChatToolChoice? choice)
    {
        var options = new ChatCompletionOptions { ToolChoice = choice, MaxOutputTokenCount = 200 };
        options.Tools.Add(ChatTool.CreateFunctionTool("get_weather", "Current weather for a city.", BinaryData.FromString(Schemas.Weather), functionSchemaIsStrict: true));
        return options;
    }

    [Theory]
    [MemberData(nameof(Routes))]
    public async Task ToolCallRoundTrip_CallThenResultThenFinalAnswer(string route)
    {
        var client = Client(route);
        var closedCalls = app.Closed.RequestsTo(RunningApp.Deployment).Count;
        List<ChatMessage> messages = [new UserChatMessage("What is the weather in Paris?")];

        ChatCompletion first = await client.CompleteChatAsync(messages, ToolOptions(ChatToolChoice.CreateRequiredChoice()));
        var call = Assert.Single(first.ToolCalls);
        messages.Add(new AssistantChatMessage(first));
        messages.Add(new ToolChatMessage(call.Id, """{"temp_c":18}"""));
        ChatCompletion final = await client.CompleteChatAsync(messages, ToolOptions(null));

        Assert.Equal(ChatFinishReason.ToolCalls, first.FinishReason);
        Assert.Equal("get_weather", call.FunctionName);
        Schemas.AssertValid(Schemas.Weather, call.FunctionArguments.ToString());
        Assert.Empty(final.ToolCalls);
        Assert.NotEqual(ChatFinishReason.ToolCalls, final.FinishReason);
        if (route == "closed")
        {
            Assert.Equal(RunningApp.ClosedFinalAnswer, final.Content[0].Text);
            Assert.Contains("\"tool_call_id\":\"call_closed_1\"", app.Closed.RequestsTo(RunningApp.Deployment)[^1].RequestMessage.Body, StringComparison.Ordinal);
        }
        else
        {
            Assert.NotEmpty(final.Content);
            Assert.Equal(closedCalls, app.Closed.RequestsTo(RunningApp.Deployment).Count);
        }
    }

    [Theory]
    [MemberData(nameof(Routes))]
    public async Task StreamedToolCall_ReassembledBySdk(string route)
    {
        var ids = new StringBuilder();
        var name = new StringBuilder();
        var arguments = new StringBuilder();
        ChatFinishReason? finish = null;
        await foreach (var update in Client(route).CompleteChatStreamingAsync([new UserChatMessage("What is the weather in Paris?")], ToolOptions(ChatToolChoice.CreateRequiredChoice())))
        {
            foreach (var part in update.ToolCallUpdates)
            {
                Assert.Equal(0, part.Index);
                ids.Append(part.ToolCallId);
                name.Append(part.FunctionName);
                arguments.Append(part.FunctionArgumentsUpdate?.ToString());
            }

            finish ??= update.FinishReason;
        }

        Assert.Equal(ChatFinishReason.ToolCalls, finish);
        Assert.StartsWith("call_", ids.ToString(), StringComparison.Ordinal);
        Assert.Equal("get_weather", name.ToString());
        Schemas.AssertValid(Schemas.Weather, arguments.ToString());
    }

    [Theory]
    [MemberData(nameof(Routes))]
    public async Task JsonSchemaAnswer_Validates(string route)
    {
        var options = new ChatCompletionOptions
        {
            ResponseFormat = ChatResponseFormat.CreateJsonSchemaFormat("person", BinaryData.FromString(Schemas.Person), jsonSchemaIsStrict: true),
            MaxOutputTokenCount = 200,
        };

        ChatCompletion completion = await Client(route).CompleteChatAsync([new UserChatMessage("Make up a person.")], options);

        Schemas.AssertValid(Schemas.Person, completion.Content[0].Text);
        Assert.Equal(ChatFinishReason.Stop, completion.FinishReason);
    }
}
