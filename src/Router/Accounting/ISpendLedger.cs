namespace Router.Accounting;

/// <summary>Durable, idempotent store of ledger rows. Writes never lose a row: if the store is down the row
/// is kept on local disk and written later.</summary>
public interface ISpendLedger
{
    Task RecordAsync(LedgerEntry entry, CancellationToken cancellationToken = default);

    IAsyncEnumerable<LedgerEntry> QueryAsync(LedgerQuery query, CancellationToken cancellationToken = default);
}

/// <summary>Rows with timestamps in [From, To] (UTC days, inclusive), optionally one tenant.</summary>
public sealed record LedgerQuery(DateOnly From, DateOnly To, string? TenantId = null);
