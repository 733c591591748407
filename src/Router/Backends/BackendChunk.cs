using Router.Accounting;

namespace Router.Backends;

/// <summary>One streamed piece: a content delta and/or tool-call deltas, and on the last chunk the finish reason and usage.</summary>
public sealed record BackendChunk
{
    public string? ContentDelta { get; init; }
    public IReadOnlyList<ToolCallDelta>? ToolCallDeltas { get; init; }
    public string? FinishReason { get; init; }
    public TokenUsage? Usage { get; init; }
    public TimeSpan? GpuTime { get; init; }

    /// <summary>The model that served the stream, as the backend named it (set on any chunk that carries it).</summary>
    public string? Model { get; init; }

    /// <summary>Which deployment served it, when the backend has several.</summary>
    public string? Deployment { get; init; }
}
