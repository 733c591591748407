using Router.Accounting;
using Router.Requests;

namespace Router.Caching;

/// <summary>What the cache keeps: enough to answer again and to say what the hit saved.</summary>
public sealed record CachedCompletion(string Content, string Model, string FinishReason, TokenUsage Usage, decimal OriginalCostUsd)
{
    public IReadOnlyList<ToolCall> ToolCalls { get; init; } = [];
}
