namespace Router.Requests;

/// <summary>
/// One OpenAI-style chat message. Role is "system", "developer", "user", "assistant" or "tool". An assistant turn
/// may carry the tool calls it made (its content then often empty); a "tool" turn answers the call named by
/// <see cref="ToolCallId"/>, its content being the tool's result.
/// </summary>
public sealed record ChatMessage(string Role, string Content)
{
    public IReadOnlyList<ToolCall> ToolCalls { get; init; } = [];

    public string? ToolCallId { get; init; }
}
