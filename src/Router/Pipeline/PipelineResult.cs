using Router.Accounting;
using Router.Requests;
using Router.Routing;

namespace Router.Pipeline;

/// <summary>A finished request: the answer, the decision record and the ledger row written for it.</summary>
public sealed record PipelineResult(
    string RequestId,
    string Content,
    string Model,
    string FinishReason,
    TokenUsage Usage,
    RouteDecision Decision,
    LedgerEntry Entry)
{
    /// <summary>The functions the model called; empty for a text answer.</summary>
    public IReadOnlyList<ToolCall> ToolCalls { get; init; } = [];
}
