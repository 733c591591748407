using System.Diagnostics;
using System.Diagnostics.Metrics;
using Router.Diagnostics;

namespace Router.Accounting.Metrics;

/// <summary>
/// The router's metrics, taken from the ledger rows (one per call), so they agree with the dashboard: calls, cost,
/// what the all-premium route would have cost, tokens, latency, and the sensitive entity types found.
/// Cost is <c>decimal</c> in the ledger; the metrics API takes <c>double</c>, which is fine for a telemetry sum.
/// </summary>
public sealed class LedgerMetrics
{
    private readonly Counter<long> _requests;
    private readonly Counter<double> _cost;
    private readonly Counter<double> _premiumCost;
    private readonly Counter<long> _tokens;
    private readonly Histogram<double> _duration;
    private readonly Counter<long> _entities;

    public LedgerMetrics(IMeterFactory meters)
    {
        var meter = meters.Create(RouterTelemetry.Name);
        _requests = meter.CreateCounter<long>("router.requests", "{request}", "Calls accounted, by route, status, cache hit, source and sensitivity");
        _cost = meter.CreateCounter<double>("router.cost", "USD", "What the calls cost");
        _premiumCost = meter.CreateCounter<double>("router.premium_cost", "USD", "What the same calls would have cost on the premium model");
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
        _cost.Add((double)entry.CostUsd, tenant, route);
        _premiumCost.Add((double)entry.PremiumCostUsd, tenant);
        _tokens.Add(entry.PromptTokens, route, new("router.token_type", "prompt"));
        _tokens.Add(entry.CompletionTokens, route, new("router.token_type", "completion"));
        foreach (var type in entry.EntityTypes)
        {
            _entities.Add(1, new KeyValuePair<string, object?>("router.entity_type", type));
        }
    }
}
