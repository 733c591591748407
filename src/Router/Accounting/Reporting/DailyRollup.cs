namespace Router.Accounting.Reporting;

/// <summary>The counters of one (UTC day, tenant, route, model). Re-rolling a day replaces its rows.</summary>
internal sealed record DailyRollup : SpendCounters
{
    public DailyRollup()
    {
    }

    public DailyRollup(SpendCounters counters)
        : base(counters)
    {
    }

    public required DateOnly Day { get; init; }
    public required string TenantId { get; init; }
    public required string Route { get; init; }
    public required string Model { get; init; }

    /// <summary><see cref="LatencyHistogram"/> in its serialised form.</summary>
    public string LatencyHistogram { get; init; } = "";
}
