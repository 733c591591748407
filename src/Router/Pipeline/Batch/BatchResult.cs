using Router.Accounting;
using Router.Routing;

namespace Router.Pipeline.Batch;

/// <summary>The stored outcome of one batch request, returned by <c>GET /api/batch/{id}</c>.</summary>
public sealed record BatchResult
{
    public const string Completed = "completed";
    public const string Refused = "refused";
    public const string Failed = "failed";

    /// <summary>The message itself was unusable (bad JSON, unknown tenant or model...); <see cref="Error"/> says why.</summary>
    public const string Invalid = "invalid";

    /// <summary>The broker gave up after the last delivery failed; <see cref="Error"/> holds the last failure.</summary>
    public const string DeadLettered = "dead-lettered";

    public required string RequestId { get; init; }
    public required string TenantId { get; init; }

    /// <summary><see cref="Completed"/>, <see cref="Refused"/> (budget/policy), <see cref="Failed"/> (non-retryable),
    /// <see cref="Invalid"/> or <see cref="DeadLettered"/>.</summary>
    public required string Status { get; init; }
    public string? Content { get; init; }
    public string? Model { get; init; }
    public string? FinishReason { get; init; }
    public TokenUsage? Usage { get; init; }
    public RouteDecision? Decision { get; init; }
    public decimal CostUsd { get; init; }
    public required DateTimeOffset CompletedAt { get; init; }
    public string? Error { get; init; }
}
