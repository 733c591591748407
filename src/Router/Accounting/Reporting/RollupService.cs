namespace Router.Accounting.Reporting;

/// <summary>
/// Rolls a UTC day's raw ledger rows up into per (day, tenant, route, model) totals. Idempotent: re-running a day
/// replaces its roll-ups. Rows spooled during an outage may arrive after midnight, so the daily timer should
/// re-roll the previous two days.
/// </summary>
internal sealed class RollupService(ISpendLedger ledger, IRollupStore store)
{
    public async Task<IReadOnlyList<DailyRollup>> RollUpAsync(DateOnly day, CancellationToken cancellationToken = default)
    {
        var groups = new Dictionary<(string Tenant, string Route, string Model), SpendAccumulator>();
        await foreach (var entry in ledger.QueryAsync(new LedgerQuery(day, day), cancellationToken).ConfigureAwait(false))
        {
            var key = (entry.TenantId, entry.Route, entry.Model);
            if (!groups.TryGetValue(key, out var accumulator))
            {
                groups[key] = accumulator = new SpendAccumulator();
            }

            accumulator.Add(entry);
        }

        var rows = groups.Select(g => g.Value.ToRollup(day, g.Key.Tenant, g.Key.Route, g.Key.Model)).ToList();
        await store.ReplaceDayAsync(day, rows, cancellationToken).ConfigureAwait(false);
        return rows;
    }
}
