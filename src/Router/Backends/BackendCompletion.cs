using Router.Accounting;
using Router.Requests;

namespace Router.Backends;

/// <summary>A finished completion with the usage that prices it.</summary>
public sealed record BackendCompletion
{
    public required string Content { get; init; }

    /// <summary>The functions the model called (finish reason "tool_calls"); empty for a text answer.</summary>
    public IReadOnlyList<ToolCall> ToolCalls { get; init; } = [];
    public required string Model { get; init; }
    public string FinishReason { get; init; } = "stop";
    public required TokenUsage Usage { get; init; }

    /// <summary>GPU time the worker reports for the call; null for API backends.</summary>
    public TimeSpan? GpuTime { get; init; }

    /// <summary>Which deployment served it, when the backend has several.</summary>
    public string? Deployment { get; init; }
}
