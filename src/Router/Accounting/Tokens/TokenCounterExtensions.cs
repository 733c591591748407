using Router.Requests;

namespace Router.Accounting.Tokens;

public static class TokenCounterExtensions
{
    /// <summary>Usage of a call whose provider reported none.</summary>
    public static TokenUsage Estimate(this ITokenCounter counter, IReadOnlyList<ChatMessage> prompt, string completion) =>
        new(counter.CountPrompt(prompt), counter.CountText(completion), Estimated: true);

    /// <summary>Usage of a call whose provider reported none, with the tools and format it was sent and the calls it made.</summary>
    public static TokenUsage Estimate(this ITokenCounter counter, IReadOnlyList<ChatMessage> prompt, ToolsAndFormat toolsAndFormat, string completion, IReadOnlyList<ToolCall> toolCalls) =>
        new(counter.CountPrompt(prompt, toolsAndFormat), counter.CountText(completion) + counter.CountToolCalls(toolCalls), Estimated: true);

    public static TokenUsage Estimate(this ITokenCounter counter, ChatRequest request, string completion, IReadOnlyList<ToolCall> toolCalls) =>
        counter.Estimate(request.Messages, request.ToolsAndFormat, completion, toolCalls);

    /// <summary>
    /// Prompt tokens including what the model is sent besides the messages' text: the tool calls in the history,
    /// the tool definitions (name, description, parameter schema) and the response schema. The providers render
    /// these into the prompt in their own ways; their text is a close lower bound, and backend usage wins anyway.
    /// </summary>
    public static int CountPrompt(this ITokenCounter counter, IReadOnlyList<ChatMessage> messages, ToolsAndFormat toolsAndFormat)
    {
        var total = counter.CountPrompt(messages);
        foreach (var message in messages)
        {
            total += counter.CountToolCalls(message.ToolCalls) + (message.ToolCallId is { } id ? counter.CountText(id) : 0);
        }

        foreach (var tool in toolsAndFormat.Tools)
        {
            total += counter.CountText(tool.Name) + counter.CountText(tool.Description ?? "") + counter.CountText(tool.Parameters ?? "");
        }

        if (toolsAndFormat.ResponseFormat is { Kind: ResponseFormatKind.JsonSchema } format)
        {
            total += counter.CountText(format.Name ?? "") + counter.CountText(format.Description ?? "") + counter.CountText(format.Schema ?? "");
        }

        return total;
    }

    public static int CountPrompt(this ITokenCounter counter, ChatRequest request) =>
        counter.CountPrompt(request.Messages, request.ToolsAndFormat);

    private static int CountToolCalls(this ITokenCounter counter, IReadOnlyList<ToolCall> calls) =>
        calls.Sum(c => counter.CountText(c.Name) + counter.CountText(c.Arguments));
}
