namespace Router.Accounting.Ledger;

internal static class LedgerEntryValidation
{
    /// <summary>Fails fast on rows no store could accept, before anything is written.</summary>
    public static void Validate(LedgerEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        ArgumentException.ThrowIfNullOrEmpty(entry.TenantId, nameof(entry));
        ArgumentException.ThrowIfNullOrEmpty(entry.RequestId, nameof(entry));
    }
}
