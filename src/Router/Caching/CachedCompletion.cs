using Router.Accounting;
using Router.Requests;

namespace Router.Caching;

/// <summary>What the cache keeps: enough to answer again and to say what the hit saved.</summary>
public sealed record CachedCompletion(string Content, string Model, string FinishReason, TokenUsage Usage, decimal OriginalCostUsd)
{
    public IReadOnlyList<ToolCall> ToolCalls { get; init; } = [];

    // By value, tool calls included: an entry read back from a store is equal to the one written.
    public bool Equals(CachedCompletion? other) =>
        other is not null && Content == other.Content && Model == other.Model && FinishReason == other.FinishReason
        && Usage == other.Usage && OriginalCostUsd == other.OriginalCostUsd && ToolCalls.SequenceEqual(other.ToolCalls);

    public override int GetHashCode() => HashCode.Combine(Content, Model, FinishReason, Usage, OriginalCostUsd, ToolCalls.Count);
}
