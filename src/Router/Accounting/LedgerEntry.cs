namespace Router.Accounting;

/// <summary>
/// One row per call. (TenantId, RequestId) is unique: writing the same request twice overwrites, never adds,
/// so a redelivered queue message cannot double-count.
/// </summary>
public sealed record LedgerEntry
{
    public required string TenantId { get; init; }
    public required string RequestId { get; init; }
    public required DateTimeOffset Timestamp { get; init; }
    public required string Source { get; init; }            // "http", "queue", "cli"
    public required string Route { get; init; }             // wire name, e.g. "private-small"
    public required string Backend { get; init; }
    public required string Model { get; init; }
    public required string Sensitivity { get; init; }
    public IReadOnlyList<string> EntityTypes { get; init; } = [];
    public double Difficulty { get; init; }
    public double Threshold { get; init; }
    public IReadOnlyList<string> Reasons { get; init; } = [];
    public bool CacheHit { get; init; }
    public int PromptTokens { get; init; }
    public int CompletionTokens { get; init; }
    public bool TokensEstimated { get; init; }
    public decimal InputPricePerMillionUsd { get; init; }
    public decimal OutputPricePerMillionUsd { get; init; }
    public decimal CostUsd { get; init; }
    /// <summary>What the all-premium route would have cost for the same tokens.</summary>
    public decimal PremiumCostUsd { get; init; }
    public double LatencyMs { get; init; }
    public double GpuSeconds { get; init; }
    public required string Status { get; init; }            // "ok", "error:<failure>", "refused"
    public string? FallbackFrom { get; init; }
    public string? FallbackReason { get; init; }
}

/// <summary>Generated serialisation for ledger rows (the same JSON as the reflection default, written per call).</summary>
[System.Text.Json.Serialization.JsonSerializable(typeof(LedgerEntry))]
internal sealed partial class LedgerJsonContext : System.Text.Json.Serialization.JsonSerializerContext;
