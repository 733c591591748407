namespace Router.Accounting.Reporting;

/// <summary>Totals of one (UTC day, tenant, route, model). Re-rolling a day replaces its rows.</summary>
internal sealed record DailyRollup
{
    public required DateOnly Day { get; init; }
    public required string TenantId { get; init; }
    public required string Route { get; init; }
    public required string Model { get; init; }
    public long Requests { get; init; }
    public decimal CostUsd { get; init; }
    public decimal PremiumCostUsd { get; init; }
    public decimal RoutingSavingsUsd { get; init; }
    public decimal CacheSavingsUsd { get; init; }
    public long CacheHits { get; init; }
    public long SensitiveRequests { get; init; }
    public long SensitiveKeptPrivate { get; init; }
    public long PromptTokens { get; init; }
    public long CompletionTokens { get; init; }

    /// <summary><see cref="LatencyHistogram"/> in its serialised form.</summary>
    public string LatencyHistogram { get; init; } = "";
}
