using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Router.Accounting;

namespace Router.Tests.Pipeline.Fakes;

/// <summary>Keyed by (tenant, request id) as the contract requires: a second write overwrites. Counts writes.</summary>
public sealed class FakeLedger : ISpendLedger
{
    public ConcurrentDictionary<(string Tenant, string Id), LedgerEntry> Rows { get; } = new();
    public int Writes { get; private set; }

    public Task RecordAsync(LedgerEntry entry, CancellationToken cancellationToken = default)
    {
        Writes++;
        Rows[(entry.TenantId, entry.RequestId)] = entry;
        return Task.CompletedTask;
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
