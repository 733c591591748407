namespace Router.Accounting;

/// <summary>Spend aggregates for the dashboard. Old days come from daily roll-ups, never from raw rows.</summary>
public interface ISpendReporter
{
    Task<SpendReport> GetAsync(SpendReportQuery query, CancellationToken cancellationToken = default);
}

/// <summary>Inclusive UTC day range; optional filters. Null TenantId means every tenant the caller may see. Model is the
/// route's catalogue model; ServedModel what actually served (the worker's GGUF model id, Azure's model version).</summary>
public sealed record SpendReportQuery(DateOnly From, DateOnly To, string? TenantId = null, string? Route = null, string? Model = null, string? ServedModel = null);

/// <summary>Totals of a set of calls: the counters (<see cref="SpendCounters"/>) plus latency percentiles.</summary>
public sealed record SpendTotals : SpendCounters
{
    public SpendTotals()
    {
    }

    public SpendTotals(SpendCounters counters)
        : base(counters)
    {
    }

    public double LatencyP50Ms { get; init; }
    public double LatencyP95Ms { get; init; }
}

public sealed record SpendGroup(string Key, SpendTotals Totals);

public sealed record DailySpend(DateOnly Day, string Route, string Model, SpendTotals Totals);

public sealed record SpendReport
{
    public required SpendReportQuery Query { get; init; }
    public required SpendTotals Totals { get; init; }
    public IReadOnlyList<DailySpend> ByDay { get; init; } = [];
    public IReadOnlyList<SpendGroup> ByTenant { get; init; } = [];
    public IReadOnlyList<SpendGroup> ByModel { get; init; } = [];
    public IReadOnlyList<SpendGroup> ByRoute { get; init; } = [];
    /// <summary>By the model that actually served (from the range's raw rows).</summary>
    public IReadOnlyList<SpendGroup> ByServedModel { get; init; } = [];
    /// <summary>Most expensive calls in range (decision reasons, never prompt text).</summary>
    public IReadOnlyList<LedgerEntry> TopRequests { get; init; } = [];
}
