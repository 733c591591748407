namespace Router.Requests;

/// <summary>One OpenAI-style chat message. Role is "system", "user", "assistant" or "tool".</summary>
public sealed record ChatMessage(string Role, string Content);
