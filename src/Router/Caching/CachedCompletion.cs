using Router.Accounting;
using Router.Requests;

namespace Router.Caching;

/// <summary>
/// What the cache keeps: enough to answer again, to say what the hit saved, and what served the original answer
/// (<see cref="Route"/> and <see cref="Backend"/>: after a fallback they differ from what a new decision would pick,
/// and a hit must report what really produced the text; null on entries written before they were kept).
/// </summary>
public sealed record CachedCompletion(string Content, string Model, string FinishReason, TokenUsage Usage, decimal OriginalCostUsd)
{
    public IReadOnlyList<ToolCall> ToolCalls { get; init; } = [];

    public Router.Route? Route { get; init; }

    public string? Backend { get; init; }

    // By value, tool calls included: an entry read back from a store is equal to the one written.
    public bool Equals(CachedCompletion? other) =>
        other is not null && Content == other.Content && Model == other.Model && FinishReason == other.FinishReason
        && Usage == other.Usage && OriginalCostUsd == other.OriginalCostUsd && ToolCalls.SequenceEqual(other.ToolCalls)
        && Route == other.Route && Backend == other.Backend;

    public override int GetHashCode() => HashCode.Combine(Content, Model, FinishReason, Usage, OriginalCostUsd, ToolCalls.Count, Route, Backend);
}
