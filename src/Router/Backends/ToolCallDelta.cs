namespace Router.Backends;

/// <summary>
/// One streamed piece of a tool call, as OpenAI streams them: the call's <see cref="Index"/> in the answer; the first
/// piece of a call carries its id and function name, later pieces only fragments of the arguments' JSON text.
/// </summary>
public sealed record ToolCallDelta(int Index, string? Id = null, string? Name = null, string? ArgumentsFragment = null);
