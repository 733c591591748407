namespace Router.Accounting.Reporting;

/// <summary>
/// Adds up calls (raw ledger rows) or roll-ups into <see cref="SpendTotals"/>.
/// <para>Savings: RoutingSavings = Σ(PremiumCost − Cost) over calls that were not cache hits (what routing away from
/// the premium model saved; negative if a call cost more than premium would have). CacheSavings = Σ PremiumCost of
/// cache hits, which cost 0: what the premium model would have charged to answer them again.</para>
/// <para>A call is sensitive when its Sensitivity is anything but "none"; it was kept private when its route is
/// not "closed".</para>
/// </summary>
internal sealed class SpendAccumulator
{
    private readonly LatencyHistogram _latency = new();
    private long _requests, _cacheHits, _sensitive, _sensitivePrivate, _promptTokens, _completionTokens;
    private decimal _cost, _premium, _routingSavings, _cacheSavings;

    public void Add(LedgerEntry entry)
    {
        _requests++;
        _cost += entry.CostUsd;
        _premium += entry.PremiumCostUsd;
        if (entry.CacheHit)
        {
            _cacheHits++;
            _cacheSavings += entry.PremiumCostUsd;
        }
        else
        {
            _routingSavings += entry.PremiumCostUsd - entry.CostUsd;
        }

        if (!string.IsNullOrEmpty(entry.Sensitivity) && !entry.Sensitivity.Equals("none", StringComparison.OrdinalIgnoreCase))
        {
            _sensitive++;
            _sensitivePrivate += entry.Route.Equals("closed", StringComparison.OrdinalIgnoreCase) ? 0 : 1;
        }

        _promptTokens += entry.PromptTokens;
        _completionTokens += entry.CompletionTokens;
        _latency.Add(entry.LatencyMs);
    }

    public void Add(DailyRollup rollup)
    {
        _requests += rollup.Requests;
        _cost += rollup.CostUsd;
        _premium += rollup.PremiumCostUsd;
        _routingSavings += rollup.RoutingSavingsUsd;
        _cacheSavings += rollup.CacheSavingsUsd;
        _cacheHits += rollup.CacheHits;
        _sensitive += rollup.SensitiveRequests;
        _sensitivePrivate += rollup.SensitiveKeptPrivate;
        _promptTokens += rollup.PromptTokens;
        _completionTokens += rollup.CompletionTokens;
        _latency.Add(LatencyHistogram.Parse(rollup.LatencyHistogram));
    }

    public SpendTotals ToTotals() => new()
    {
        Requests = _requests,
        CostUsd = _cost,
        PremiumCostUsd = _premium,
        RoutingSavingsUsd = _routingSavings,
        CacheSavingsUsd = _cacheSavings,
        CacheHits = _cacheHits,
        SensitiveRequests = _sensitive,
        SensitiveKeptPrivate = _sensitivePrivate,
        PromptTokens = _promptTokens,
        CompletionTokens = _completionTokens,
        LatencyP50Ms = _latency.Percentile(0.50),
        LatencyP95Ms = _latency.Percentile(0.95),
    };

    public DailyRollup ToRollup(DateOnly day, string tenantId, string route, string model) => new()
    {
        Day = day,
        TenantId = tenantId,
        Route = route,
        Model = model,
        Requests = _requests,
        CostUsd = _cost,
        PremiumCostUsd = _premium,
        RoutingSavingsUsd = _routingSavings,
        CacheSavingsUsd = _cacheSavings,
        CacheHits = _cacheHits,
        SensitiveRequests = _sensitive,
        SensitiveKeptPrivate = _sensitivePrivate,
        PromptTokens = _promptTokens,
        CompletionTokens = _completionTokens,
        LatencyHistogram = _latency.ToString(),
    };

    public static SpendTotals Total<T>(IEnumerable<T> items, Action<SpendAccumulator, T> add)
    {
        var accumulator = new SpendAccumulator();
        foreach (var item in items)
        {
            add(accumulator, item);
        }

        return accumulator.ToTotals();
    }
}
