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
}
