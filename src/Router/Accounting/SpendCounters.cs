namespace Router.Accounting;

/// <summary>
/// The spend counters of a set of calls, declared once: <see cref="SpendTotals"/> (a report's totals) and the daily
/// roll-up rows are these plus what each adds. Savings split the premium counterfactual without a remainder, the
/// dashboard's waterfall: routing = Σ(premium cost − standard cost) of calls that were not cache hits, where the
/// standard cost is <see cref="LedgerEntry.StandardCostUsd"/> for a batch-priced call and the cost for any other;
/// batch pricing = Σ(standard cost − cost) of batch-priced calls; cache = Σ(premium cost − cost) of cache hits (which
/// cost 0; a hit's cost is subtracted only so the identity below holds for any row).
/// So premium = routing + batch pricing + cache + cost, exactly. A call is sensitive when its Sensitivity is anything
/// but "none", and was kept private when its route is not "closed".
/// </summary>
public record SpendCounters
{
    public long Requests { get; init; }
    public decimal CostUsd { get; init; }
    public decimal PremiumCostUsd { get; init; }
    public decimal RoutingSavingsUsd { get; init; }
    public decimal BatchSavingsUsd { get; init; }
    public decimal CacheSavingsUsd { get; init; }
    public long CacheHits { get; init; }
    public long SensitiveRequests { get; init; }
    public long SensitiveKeptPrivate { get; init; }
    public long PromptTokens { get; init; }
    public long CompletionTokens { get; init; }

    /// <summary>One call's counters.</summary>
    public static SpendCounters Of(LedgerEntry entry)
    {
        var sensitive = !string.IsNullOrEmpty(entry.Sensitivity) && !entry.Sensitivity.Equals("none", StringComparison.OrdinalIgnoreCase);
        var standard = entry.StandardCostUsd ?? entry.CostUsd;
        return new SpendCounters
        {
            Requests = 1,
            CostUsd = entry.CostUsd,
            PremiumCostUsd = entry.PremiumCostUsd,
            RoutingSavingsUsd = entry.CacheHit ? 0m : entry.PremiumCostUsd - standard,
            BatchSavingsUsd = entry.CacheHit ? 0m : standard - entry.CostUsd,
            CacheSavingsUsd = entry.CacheHit ? entry.PremiumCostUsd - entry.CostUsd : 0m,
            CacheHits = entry.CacheHit ? 1 : 0,
            SensitiveRequests = sensitive ? 1 : 0,
            SensitiveKeptPrivate = sensitive && !entry.Route.Equals("closed", StringComparison.OrdinalIgnoreCase) ? 1 : 0,
            PromptTokens = entry.PromptTokens,
            CompletionTokens = entry.CompletionTokens,
        };
    }

    /// <summary>The counters of both sets together (only the counters: what a derived record adds is not summed).</summary>
    public static SpendCounters Sum(SpendCounters a, SpendCounters b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        return new SpendCounters
        {
            Requests = a.Requests + b.Requests,
            CostUsd = a.CostUsd + b.CostUsd,
            PremiumCostUsd = a.PremiumCostUsd + b.PremiumCostUsd,
            RoutingSavingsUsd = a.RoutingSavingsUsd + b.RoutingSavingsUsd,
            BatchSavingsUsd = a.BatchSavingsUsd + b.BatchSavingsUsd,
            CacheSavingsUsd = a.CacheSavingsUsd + b.CacheSavingsUsd,
            CacheHits = a.CacheHits + b.CacheHits,
            SensitiveRequests = a.SensitiveRequests + b.SensitiveRequests,
            SensitiveKeptPrivate = a.SensitiveKeptPrivate + b.SensitiveKeptPrivate,
            PromptTokens = a.PromptTokens + b.PromptTokens,
            CompletionTokens = a.CompletionTokens + b.CompletionTokens,
        };
    }
}
