using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Router.Accounting;

namespace Router.Tests.Pipeline.Fakes;

/// <summary>Keyed by (tenant, request id) as the contract requires: a second write overwrites. Counts writes.</summary>
public sealed class FakeLedger : ISpendLedger
{
    public ConcurrentDictionary<(string Tenant, string Id), LedgerEntry> Rows { get; } = new();
    private int _writes;

    /// <summary>Every write, also of a row that was there (counted atomically: writes run in parallel).</summary>
    public int Writes => Volatile.Read(ref _writes);

    /// <summary>While set, writes wait for it (to observe what happens before a row is written).</summary>
    public TaskCompletionSource? HoldWrites { get; set; }

    /// <summary>While set, writes throw it.</summary>
    public Exception? FailWrites { get; set; }

    public async Task RecordAsync(LedgerEntry entry, CancellationToken cancellationToken = default)
    {
        if (HoldWrites is { } hold)
        {
            await hold.Task;
        }

        if (FailWrites is { } failure)
        {
            throw failure;
        }

        Interlocked.Increment(ref _writes);
        Rows[(entry.TenantId, entry.RequestId)] = entry;
    }

    /// <summary>The rows once at least <paramref name="count"/> are there: HTTP answers go out before their row is written.</summary>
    public async Task<IReadOnlyCollection<LedgerEntry>> RowsOnceAsync(int count)
    {
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (Rows.Count < count && DateTime.UtcNow < deadline)
        {
            await Task.Delay(5);
        }

        return [.. Rows.Values];
    }

    public async IAsyncEnumerable<LedgerEntry> QueryAsync(LedgerQuery query, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        await Task.Yield();
        var days = (From: query.From, To: query.To);
        foreach (var row in Rows.Values.Where(r => (query.TenantId is null || r.TenantId == query.TenantId)
            && DateOnly.FromDateTime(r.Timestamp.UtcDateTime) >= days.From && DateOnly.FromDateTime(r.Timestamp.UtcDateTime) <= days.To))
        {
            yield return row;
        }
    }
}
