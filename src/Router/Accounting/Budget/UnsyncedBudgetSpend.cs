using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using StackExchange.Redis;

namespace Router.Accounting.Budget;

/// <summary>
/// Spend settled in <see cref="RedisBudgetGuard"/>'s in-process fallback that Redis has not counted yet, per tenant
/// and UTC day, in budget units. The guard adds to it while Redis is away and pushes it into Redis's spent key
/// before its next script for that tenant-day, so a flapping Redis never forgets money spent during an outage.
/// </summary>
internal sealed class UnsyncedBudgetSpend
{
    private readonly ConcurrentDictionary<(string Tenant, DateOnly Day), StrongBox<long>> _pending = new();

    public void Add(string tenantId, DateOnly day, long units)
    {
        if (units <= 0)
        {
            return;
        }

        // Earlier days can never be reserved against again; their leftovers need not reach Redis.
        foreach (var old in _pending.Keys.Where(k => k.Tenant == tenantId && k.Day < day))
        {
            _pending.TryRemove(old, out _);
        }

        Interlocked.Add(ref _pending.GetOrAdd((tenantId, day), _ => new StrongBox<long>()).Value, units);
    }

    public long Pending(string tenantId, DateOnly day) =>
        _pending.TryGetValue((tenantId, day), out var box) ? Interlocked.Read(ref box.Value) : 0;

    /// <summary>
    /// Adds what is pending to Redis. The amount is claimed atomically, so concurrent pushes never send it twice and
    /// settles that land meanwhile stay pending for the next push. On failure the claim is put back: a timeout after
    /// Redis ran the script then counts the amount twice, which only makes the budget stricter, never lets it slip.
    /// </summary>
    public async ValueTask PushAsync(IDatabase database, string tenantId, DateOnly day, RedisKey[] keys, long keyTtlSeconds)
    {
        if (!_pending.TryGetValue((tenantId, day), out var box) || Interlocked.Read(ref box.Value) == 0)
        {
            return;
        }

        var claimed = Interlocked.Exchange(ref box.Value, 0);
        if (claimed == 0)
        {
            return; // a concurrent push claimed it first
        }

        try
        {
            // No cancellation: a push abandoned after sending would be put back and counted twice.
            await database.ScriptEvaluateAsync(RedisBudgetScripts.AddSpent, keys, [claimed, keyTtlSeconds]).ConfigureAwait(false);
        }
        catch
        {
            Interlocked.Add(ref box.Value, claimed);
            throw;
        }
    }
}
