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
    /// <summary>The route's catalogue model (what was priced and budgeted).</summary>
    public required string Model { get; init; }
    /// <summary>What actually served the call, as the backend named it (the worker's GGUF model id, Azure's model version); null when nothing served.</summary>
    public string? ServedModel { get; init; }
    /// <summary>Azure OpenAI deployment ("name@host") and its price type (GlobalStandard, DataZoneStandard, ...), when known.</summary>
    public string? Deployment { get; init; }
    public string? DeploymentType { get; init; }
    public required string Sensitivity { get; init; }
    public IReadOnlyList<string> EntityTypes { get; init; } = [];
    public double Difficulty { get; init; }
    public double Threshold { get; init; }
    public IReadOnlyList<string> Reasons { get; init; } = [];
    public bool CacheHit { get; init; }
    public int PromptTokens { get; init; }
    public int CompletionTokens { get; init; }
    public bool TokensEstimated { get; init; }
    /// <summary>Prompt tokens served from the provider's cache (included in PromptTokens).</summary>
    public int CachedPromptTokens { get; init; }
    /// <summary>Reasoning tokens (included in CompletionTokens).</summary>
    public int ReasoningTokens { get; init; }
    public decimal InputPricePerMillionUsd { get; init; }
    public decimal OutputPricePerMillionUsd { get; init; }
    public decimal CachedInputPricePerMillionUsd { get; init; }
    public decimal CostUsd { get; init; }
    /// <summary>"tokens" (final), "provisional" (private call before its interval is allocated) or "allocated"; see <see cref="Accounting.CostBasis"/>.</summary>
    public string CostBasis { get; init; } = Accounting.CostBasis.Tokens;
    /// <summary>The provisional GPU-seconds cost a private call had before allocation replaced CostUsd.</summary>
    public decimal? ProvisionalCostUsd { get; init; }
    /// <summary>What the all-premium route would have cost for the same tokens.</summary>
    public decimal PremiumCostUsd { get; init; }
    /// <summary>
    /// Batch-priced calls only (a queue message sent through the Azure OpenAI Batch API): the same tokens at the
    /// model's standard price (its Router:Prices entry), so StandardCostUsd − CostUsd is what batch pricing saved.
    /// Null for every other call, whose cost already is the standard price.
    /// </summary>
    public decimal? StandardCostUsd { get; init; }
    public double LatencyMs { get; init; }
    public double GpuSeconds { get; init; }
    public required string Status { get; init; }            // "ok", "error:<failure>", "refused"
    public string? FallbackFrom { get; init; }
    public string? FallbackReason { get; init; }
}

/// <summary>Generated serialisation for ledger rows (the same JSON as the reflection default, written per call).</summary>
[System.Text.Json.Serialization.JsonSerializable(typeof(LedgerEntry))]
[System.Text.Json.Serialization.JsonSerializable(typeof(Ledger.Spool.DeadLetteredRow))]
internal sealed partial class LedgerJsonContext : System.Text.Json.Serialization.JsonSerializerContext;
