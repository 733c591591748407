using Router.Requests;

namespace Router.Backends;

/// <summary>What a backend is asked to do: the model chosen by the policy, the messages, the parameters, and the
/// tools and response format the answer must honour.</summary>
public sealed record BackendRequest(string Model, IReadOnlyList<ChatMessage> Messages, SamplingParameters Parameters)
{
    public ToolsAndFormat ToolsAndFormat { get; init; } = ToolsAndFormat.None;
}
