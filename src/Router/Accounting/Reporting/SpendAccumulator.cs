namespace Router.Accounting.Reporting;

/// <summary>
/// Adds up calls (raw ledger rows) or roll-ups into <see cref="SpendTotals"/> or a <see cref="DailyRollup"/>: the
/// counters (<see cref="SpendCounters"/>, which says what each means) plus the latency histogram.
/// </summary>
internal sealed class SpendAccumulator
{
    private readonly LatencyHistogram _latency = new();
    private SpendCounters _counters = new();

    public void Add(LedgerEntry entry)
    {
        _counters = SpendCounters.Sum(_counters, SpendCounters.Of(entry));
        _latency.Add(entry.LatencyMs);
    }

    public void Add(DailyRollup rollup)
    {
        _counters = SpendCounters.Sum(_counters, rollup);
        _latency.Add(LatencyHistogram.Parse(rollup.LatencyHistogram));
    }

    public SpendTotals ToTotals() => new(_counters)
    {
        LatencyP50Ms = _latency.Percentile(0.50),
        LatencyP95Ms = _latency.Percentile(0.95),
    };

    public DailyRollup ToRollup(DateOnly day, string tenantId, string route, string model) => new(_counters)
    {
        Day = day,
        TenantId = tenantId,
        Route = route,
        Model = model,
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
