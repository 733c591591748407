using System.Diagnostics;
using System.Diagnostics.Metrics;
using Router.Diagnostics;

namespace Router.Accounting.Metrics;

/// <summary>
/// The router's metrics, taken from the ledger rows (one per call), so they agree with the dashboard: calls, cost,
/// what the all-premium route would have cost, tokens, latency, and the sensitive entity types found.
/// <para>Money stays exact: costs are counted in whole nano-dollars (<c>long</c>), converted from the ledger's
/// <c>decimal</c> once per row, so sums never drift as binary fractions would. (<c>decimal</c> instruments are not an
/// option: OpenTelemetry exports only integers and doubles and silently drops them.)</para>
/// </summary>
public sealed class LedgerMetrics
{
    private readonly Counter<long> _requests;
    private readonly Counter<long> _cost;
    private readonly Counter<long> _premiumCost;
    private readonly Counter<long> _tokens;
    private readonly Histogram<double> _duration;
    private readonly Counter<long> _entities;

    public LedgerMetrics(IMeterFactory meters)
    {
        var meter = meters.Create(RouterTelemetry.Name);
        _requests = meter.CreateCounter<long>("router.requests", "{request}", "Calls accounted, by route, status, cache hit, source and sensitivity");
        _cost = meter.CreateCounter<long>("router.cost", "{nanoUSD}", "What the calls cost, in billionths of a US dollar");
        _premiumCost = meter.CreateCounter<long>("router.premium_cost", "{nanoUSD}", "What the same calls would have cost on the premium model, in billionths of a US dollar");
        _tokens = meter.CreateCounter<long>("router.tokens", "{token}", "Prompt and completion tokens");
        _duration = meter.CreateHistogram<double>("router.request.duration", "ms", "Latency of a call as accounted");
        _entities = meter.CreateCounter<long>("router.sensitive_entities", "{entity}", "Sensitive entity types found in routed requests");
    }

    public void Record(LedgerEntry entry)
    {
        var status = entry.Status.StartsWith("error", StringComparison.Ordinal) ? "error" : entry.Status;
        var route = new KeyValuePair<string, object?>("router.route", entry.Route);
        var tenant = new KeyValuePair<string, object?>("router.tenant", entry.TenantId);
        var tags = new TagList
        {
            tenant,
            route,
            { "router.status", status },
            { "router.cache_hit", entry.CacheHit },
            { "router.source", entry.Source },
            { "router.sensitivity", entry.Sensitivity },
        };
        _requests.Add(1, tags);
        _duration.Record(entry.LatencyMs, route, new("router.cache_hit", entry.CacheHit), new("router.status", status));
        _cost.Add(NanoUsd(entry.CostUsd), tenant, route);
        _premiumCost.Add(NanoUsd(entry.PremiumCostUsd), tenant);
        _tokens.Add(entry.PromptTokens, route, new("router.token_type", "prompt"));
        _tokens.Add(entry.CompletionTokens, route, new("router.token_type", "completion"));
        foreach (var type in entry.EntityTypes)
        {
            _entities.Add(1, new KeyValuePair<string, object?>("router.entity_type", type));
        }
    }

    /// <summary>Whole billionths of a dollar: below any price's precision, and exact when summed.</summary>
    internal static long NanoUsd(decimal usd) => (long)decimal.Round(usd * 1_000_000_000m, MidpointRounding.AwayFromZero);
}
