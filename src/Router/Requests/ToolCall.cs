namespace Router.Requests;

/// <summary>One function call made by the model: its id, the function's name and the arguments as JSON text
/// (kept as the model wrote them; callers parse them).</summary>
public sealed record ToolCall(string Id, string Name, string Arguments);
