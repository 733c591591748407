using Router.Accounting;
using Router.Requests;
using Router.Routing;

namespace Router.Pipeline.Batch;

/// <summary>The stored outcome of one batch request, returned by <c>GET /api/batch/{id}</c>.</summary>
public sealed record BatchResult
{
    public const string Completed = "completed";

    /// <summary>Collected for the Azure OpenAI Batch API (a completion window), not yet in a submitted batch.</summary>
    public const string Queued = "queued";

    /// <summary>In a batch submitted to the Batch API; the result comes when the batch ends (within its window).</summary>
    public const string InBatch = "in_batch";
    public const string Refused = "refused";
    public const string Failed = "failed";

    /// <summary>The message itself was unusable (bad JSON, unknown tenant or model...); <see cref="Error"/> says why.</summary>
    public const string Invalid = "invalid";

    /// <summary>The broker gave up after the last delivery failed; <see cref="Error"/> holds the last failure.</summary>
    public const string DeadLettered = "dead-lettered";

    /// <summary>A call with this id is being answered right now (<see cref="CompletedAt"/> is when it started); see
    /// <see cref="RequestIdClaims"/>.</summary>
    public const string Running = "running";

    public required string RequestId { get; init; }
    public required string TenantId { get; init; }

    /// <summary><see cref="Completed"/>, <see cref="Refused"/> (budget/policy), <see cref="Failed"/> (non-retryable),
    /// <see cref="Invalid"/>, <see cref="DeadLettered"/> or <see cref="Running"/>.</summary>
    public required string Status { get; init; }
    public string? Content { get; init; }

    /// <summary>The functions the model called (empty for a text answer, and on results stored before tools existed).</summary>
    public IReadOnlyList<ToolCall> ToolCalls { get; init; } = [];
    public string? Model { get; init; }
    public string? FinishReason { get; init; }
    public TokenUsage? Usage { get; init; }
    public RouteDecision? Decision { get; init; }
    public decimal CostUsd { get; init; }
    public decimal PremiumCostUsd { get; init; }
    public required DateTimeOffset CompletedAt { get; init; }
    public string? Error { get; init; }

    /// <summary>
    /// Which request produced this result (<see cref="CompletionCacheKey"/> of it: model, parameters, messages). A
    /// request id is answered once: the same request again gets this result, a different one under the same id is
    /// refused instead of overwriting the earlier ledger row. Null on results stored before it existed.
    /// </summary>
    public string? Fingerprint { get; init; }

    /// <summary>Whether this is the request's last word (not <see cref="Queued"/>, <see cref="InBatch"/> or <see cref="Running"/>).</summary>
    public bool IsFinal => Status is not (Queued or InBatch or Running);

    /// <summary>Whether <paramref name="fingerprint"/> is a different request than the one this result answers.</summary>
    public bool IsOtherRequest(string fingerprint) => Fingerprint is { } own && !string.Equals(own, fingerprint, StringComparison.Ordinal);
}
