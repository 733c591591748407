using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace Router.Accounting.Budget;

/// <summary>
/// The floor a tenant-day's spend is rebuilt to when Redis does not know the day: the ledger's total, never below
/// the settled spend this instance last saw in Redis. Concurrent callers share one ledger read; a failed read is
/// not retried for <see cref="RetryLedgerAfter"/>, and meanwhile the floor is what this instance saw (not marked as
/// rebuilt, so the ledger is asked again).
/// </summary>
internal sealed class DaySeeding(IDaySpendSource ledger, TimeProvider time, ILogger logger)
{
    internal static readonly TimeSpan RetryLedgerAfter = TimeSpan.FromSeconds(30);
    private readonly ConcurrentDictionary<(string Tenant, DateOnly Day), long> _lastSettled = new();
    private readonly ConcurrentDictionary<(string Tenant, DateOnly Day), Lazy<Task<decimal?>>> _reads = new();
    private readonly ConcurrentDictionary<(string Tenant, DateOnly Day), DateTimeOffset> _failedAt = new();

    public void SawSettled(string tenantId, DateOnly day, long units) =>
        _lastSettled.AddOrUpdate((tenantId, day), units, (_, old) => Math.Max(old, units));

    /// <summary>The floor in budget units, and whether it includes the ledger's total (only then is the day rebuilt).</summary>
    public async Task<(long Floor, bool FromLedger)> FloorAsync(string tenantId, DateOnly day, CancellationToken cancellationToken)
    {
        var key = (tenantId, day);
        var seen = _lastSettled.GetValueOrDefault(key);
        if (_failedAt.TryGetValue(key, out var failed) && time.GetUtcNow() - failed < RetryLedgerAfter)
        {
            return (seen, false);
        }

        var read = _reads.GetOrAdd(key, k => new Lazy<Task<decimal?>>(() => ReadAsync(k.Tenant, k.Day)));
        try
        {
            var total = await read.Value.WaitAsync(cancellationToken).ConfigureAwait(false);
            return total is { } usd ? (Math.Max(seen, BudgetUnits.FromUsd(usd)), true) : (seen, false);
        }
        finally
        {
            _reads.TryRemove(new KeyValuePair<(string, DateOnly), Lazy<Task<decimal?>>>(key, read));
        }
    }

    private async Task<decimal?> ReadAsync(string tenantId, DateOnly day)
    {
        try
        {
            // Not the caller's token: the read is shared by every caller waiting on this tenant-day.
            var total = await ledger.SpentAsync(tenantId, day, CancellationToken.None).ConfigureAwait(false);
            _failedAt.TryRemove((tenantId, day), out _);
            BudgetLog.DayRebuilt(logger, tenantId, day);
            return total;
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            _failedAt[(tenantId, day)] = time.GetUtcNow();
            BudgetLog.LedgerUnreadable(logger, tenantId, day, e);
            return null;
        }
    }
}
