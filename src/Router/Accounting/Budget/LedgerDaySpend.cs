namespace Router.Accounting.Budget;

/// <summary>
/// A tenant's settled spend for one UTC day as the ledger records it: the durable truth the Redis guard rebuilds
/// its day from after Redis lost its keys (a restart without persistence, a failover, an eviction).
/// </summary>
internal interface IDaySpendSource
{
    Task<decimal> SpentAsync(string tenantId, DateOnly day, CancellationToken cancellationToken);
}

/// <summary>Sums the cost of the day's ledger rows. Rows still in the local spool are not seen; the guard's own floor covers those.</summary>
internal sealed class LedgerDaySpend(ISpendLedger ledger) : IDaySpendSource
{
    public async Task<decimal> SpentAsync(string tenantId, DateOnly day, CancellationToken cancellationToken)
    {
        var total = 0m;
        await foreach (var row in ledger.QueryAsync(new LedgerQuery(day, day, tenantId), cancellationToken).ConfigureAwait(false))
        {
            total += row.CostUsd;
        }

        return total;
    }
}
