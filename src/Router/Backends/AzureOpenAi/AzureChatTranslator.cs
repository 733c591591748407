using OpenAI.Chat;
using Router.Accounting;
using Router.Requests;
using OurMessage = Router.Requests.ChatMessage;
using OurToolCall = Router.Requests.ToolCall;

namespace Router.Backends.AzureOpenAi;

/// <summary>Our request ↔ the OpenAI library's types. No transport, no error handling.</summary>
internal static class AzureChatTranslator
{
    public static IReadOnlyList<OpenAI.Chat.ChatMessage> ToMessages(IReadOnlyList<OurMessage> messages) =>
        messages.Select(ToMessage).ToList();

    public static ChatCompletionOptions ToOptions(BackendRequest request)
    {
        var p = request.Parameters;
        var options = new ChatCompletionOptions
        {
            Temperature = p.Temperature,
            TopP = p.TopP,
            MaxOutputTokenCount = p.MaxTokens,
        };
#pragma warning disable OPENAI001 // Seed is marked experimental by the library but is part of the REST API we use.
        options.Seed = p.Seed;
#pragma warning restore OPENAI001
        foreach (var stop in p.Stop)
        {
            options.StopSequences.Add(stop);
        }

        AddToolsAndFormat(options, request.ToolsAndFormat);
        return options;
    }

    private static void AddToolsAndFormat(ChatCompletionOptions options, ToolsAndFormat shape)
    {
        foreach (var tool in shape.Tools)
        {
            var parameters = tool.Parameters is null ? null : BinaryData.FromString(tool.Parameters);
            options.Tools.Add(ChatTool.CreateFunctionTool(tool.Name, tool.Description, parameters, tool.Strict));
        }

        options.ToolChoice = shape.ToolChoice switch
        {
            null => null,
            { Mode: ToolChoiceMode.None } => ChatToolChoice.CreateNoneChoice(),
            { Mode: ToolChoiceMode.Required } => ChatToolChoice.CreateRequiredChoice(),
            { Mode: ToolChoiceMode.Function, FunctionName: { } name } => ChatToolChoice.CreateFunctionChoice(name),
            _ => ChatToolChoice.CreateAutoChoice(),
        };
        options.AllowParallelToolCalls = shape.ParallelToolCalls;
        options.ResponseFormat = shape.ResponseFormat switch
        {
            null => null,
            { Kind: ResponseFormatKind.JsonObject } => ChatResponseFormat.CreateJsonObjectFormat(),
            { Kind: ResponseFormatKind.JsonSchema } f => ChatResponseFormat.CreateJsonSchemaFormat(
                f.Name, BinaryData.FromString(f.Schema ?? "{}"), f.Description, f.Strict),
            _ => ChatResponseFormat.CreateTextFormat(),
        };
    }

    public static string Text(IEnumerable<ChatMessageContentPart> parts) =>
        string.Concat(parts.Where(p => p.Kind == ChatMessageContentPartKind.Text).Select(p => p.Text));

    public static IReadOnlyList<OurToolCall> ToToolCalls(IReadOnlyList<ChatToolCall> calls) =>
        calls.Select(c => new OurToolCall(c.Id, c.FunctionName, c.FunctionArguments?.ToString() ?? "")).ToList();

    public static IReadOnlyList<ToolCallDelta>? ToDeltas(IReadOnlyList<StreamingChatToolCallUpdate> updates) =>
        updates.Count == 0
            ? null
            : updates.Select(u => new ToolCallDelta(
                u.Index,
                string.IsNullOrEmpty(u.ToolCallId) ? null : u.ToolCallId,
                string.IsNullOrEmpty(u.FunctionName) ? null : u.FunctionName,
                u.FunctionArgumentsUpdate is { } args ? args.ToString() : null)).ToList();

    /// <summary>Cached prompt tokens are billed at the cached-input rate; reasoning tokens are billed as output (both are
    /// already inside the two counts).</summary>
    public static TokenUsage? ToUsage(ChatTokenUsage? usage) =>
        usage is null
            ? null
            : new TokenUsage(usage.InputTokenCount, usage.OutputTokenCount)
            {
                CachedPromptTokens = usage.InputTokenDetails?.CachedTokenCount ?? 0,
                ReasoningTokens = usage.OutputTokenDetails?.ReasoningTokenCount ?? 0,
            };

    public static string ToWire(ChatFinishReason reason) => reason switch
    {
        ChatFinishReason.Stop => "stop",
        ChatFinishReason.Length => "length",
        ChatFinishReason.ContentFilter => "content_filter",
        ChatFinishReason.ToolCalls => "tool_calls",
        ChatFinishReason.FunctionCall => "function_call",
        _ => reason.ToString().ToLowerInvariant(),
    };

    // Azure API versions before the "developer" role read system messages the same way.
    private static OpenAI.Chat.ChatMessage ToMessage(OurMessage message) => message.Role switch
    {
        "system" or "developer" => new SystemChatMessage(message.Content),
        "user" => new UserChatMessage(message.Content),
        "assistant" => ToAssistant(message),
        "tool" => new ToolChatMessage(message.ToolCallId ?? "", message.Content),
        _ => throw new BackendException(BackendNames.AzureOpenAi, BackendFailure.BadRequest, $"Message role '{message.Role}' is not supported."),
    };

    private static AssistantChatMessage ToAssistant(OurMessage message)
    {
        if (message.ToolCalls.Count == 0)
        {
            return new AssistantChatMessage(message.Content);
        }

        var assistant = new AssistantChatMessage(message.ToolCalls.Select(c =>
            ChatToolCall.CreateFunctionToolCall(c.Id, c.Name, BinaryData.FromString(c.Arguments))));
        if (message.Content.Length > 0)
        {
            assistant.Content.Add(ChatMessageContentPart.CreateTextPart(message.Content));
        }

        return assistant;
    }
}
