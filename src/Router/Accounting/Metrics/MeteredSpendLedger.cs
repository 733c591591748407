namespace Router.Accounting.Metrics;

/// <summary>Counts every row in <see cref="LedgerMetrics"/> as it is recorded; reads pass through.</summary>
internal sealed class MeteredSpendLedger(ISpendLedger inner, LedgerMetrics metrics) : ISpendLedger
{
    /// <summary>The ledger that stores the rows (what the startup report names).</summary>
    public ISpendLedger Inner => inner;

    public async Task RecordAsync(LedgerEntry entry, CancellationToken cancellationToken = default)
    {
        await inner.RecordAsync(entry, cancellationToken).ConfigureAwait(false);
        metrics.Record(entry);
    }

    public IAsyncEnumerable<LedgerEntry> QueryAsync(LedgerQuery query, CancellationToken cancellationToken = default) =>
        inner.QueryAsync(query, cancellationToken);
}
