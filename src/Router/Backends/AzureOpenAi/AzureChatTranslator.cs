using OpenAI.Chat;
using Router.Accounting;
using OurMessage = Router.Requests.ChatMessage;

namespace Router.Backends.AzureOpenAi;

/// <summary>Our request ↔ the OpenAI library's types. No transport, no error handling.</summary>
internal static class AzureChatTranslator
{
    public static IReadOnlyList<ChatMessage> ToMessages(IReadOnlyList<OurMessage> messages) =>
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
            options.StopSequences.Add(stop);
        return options;
    }

    public static string Text(IEnumerable<ChatMessageContentPart> parts) =>
        string.Concat(parts.Where(p => p.Kind == ChatMessageContentPartKind.Text).Select(p => p.Text));

    public static TokenUsage? ToUsage(ChatTokenUsage? usage) =>
        usage is null ? null : new TokenUsage(usage.InputTokenCount, usage.OutputTokenCount);

    public static string ToWire(ChatFinishReason reason) => reason switch
    {
        ChatFinishReason.Stop => "stop",
        ChatFinishReason.Length => "length",
        ChatFinishReason.ContentFilter => "content_filter",
        ChatFinishReason.ToolCalls => "tool_calls",
        ChatFinishReason.FunctionCall => "function_call",
        _ => reason.ToString().ToLowerInvariant(),
    };

    private static ChatMessage ToMessage(OurMessage message) => message.Role switch
    {
        "system" => new SystemChatMessage(message.Content),
        "user" => new UserChatMessage(message.Content),
        "assistant" => new AssistantChatMessage(message.Content),
        _ => throw new BackendException(BackendNames.AzureOpenAi, BackendFailure.BadRequest, $"Message role '{message.Role}' is not supported."),
    };
}
