using System.Collections.Concurrent;
using Microsoft.Extensions.Options;

namespace Router.Accounting.Budget;

/// <summary>Embedded-mode budgets, and the fallback of <see cref="RedisBudgetGuard"/>: exact within one process.</summary>
internal sealed class InMemoryBudgetGuard(BudgetLimits limits, IOptions<BudgetOptions> options, TimeProvider time) : IBudgetGuard
{
    private readonly ConcurrentDictionary<(string Tenant, DateOnly Day), TenantDayBudget> _days = new();

    public ValueTask<decimal?> RemainingAsync(string tenantId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(tenantId);
        if (limits.DailyLimit(tenantId) is not { } limit)
        {
            return ValueTask.FromResult<decimal?>(null);
        }

        var budget = DayOf(tenantId, BudgetLimits.Today(time));
        lock (budget)
        {
            return ValueTask.FromResult<decimal?>(Math.Max(0m, limit - budget.Used(time.GetUtcNow())));
        }
    }

    public ValueTask<IBudgetReservation?> TryReserveAsync(string tenantId, decimal worstCaseUsd, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(tenantId);
        ArgumentOutOfRangeException.ThrowIfNegative(worstCaseUsd);
        if (limits.DailyLimit(tenantId) is not { } limit)
        {
            return ValueTask.FromResult<IBudgetReservation?>(BudgetReservation.Unlimited);
        }

        var budget = DayOf(tenantId, BudgetLimits.Today(time));
        long? id;
        lock (budget)
        {
            var now = time.GetUtcNow();
            id = budget.TryReserve(worstCaseUsd, limit, now, now + options.Value.ReservationTimeout);
        }

        return ValueTask.FromResult<IBudgetReservation?>(id is not { } reservationId ? null : new BudgetReservation(
            (actual, _) => Locked(budget, b => b.Settle(reservationId, actual)),
            () => Locked(budget, b => b.Release(reservationId))));
    }

    public ValueTask ReviseSpentAsync(string tenantId, DateOnly day, decimal settledUsd, decimal actualUsd, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(tenantId);
        ArgumentOutOfRangeException.ThrowIfNegative(settledUsd);
        ArgumentOutOfRangeException.ThrowIfNegative(actualUsd);
        // A day this process never counted (a restart since, another instance) holds nothing to correct.
        return limits.DailyLimit(tenantId) is null || !_days.TryGetValue((tenantId, day), out var budget)
            ? ValueTask.CompletedTask
            : Locked(budget, b => b.Revise(actualUsd - settledUsd));
    }

    /// <summary>Spend whose reservation lives elsewhere (a Redis reservation settled during an outage).</summary>
    internal void RecordSpent(string tenantId, DateOnly day, decimal amount) => Locked(DayOf(tenantId, day), b => b.AddSpent(amount));

    internal void RaiseSpentTo(string tenantId, DateOnly day, decimal floor) => Locked(DayOf(tenantId, day), b => b.RaiseSpentTo(floor));

    /// <summary>This store's own open reservations for the tenant-day (what Redis has not been told about).</summary>
    internal decimal Reserved(string tenantId, DateOnly day)
    {
        var budget = DayOf(tenantId, day);
        lock (budget)
        {
            return budget.Reserved(time.GetUtcNow());
        }
    }

    /// <summary>
    /// Holds <paramref name="amount"/> while Redis decides on it and returns what this store itself has reserved,
    /// both under one lock: a reservation made here either sees the hold, or is in the returned amount that Redis
    /// is asked to count. Without that, a call reserved here during a blip and one reserved in Redis at the same
    /// moment could each take the last of the budget.
    /// </summary>
    internal (long HoldId, decimal Reserved) HoldWhileRedisDecides(string tenantId, DateOnly day, decimal amount)
    {
        var budget = DayOf(tenantId, day);
        lock (budget)
        {
            return (budget.Hold(amount), budget.Reserved(time.GetUtcNow()));
        }
    }

    /// <summary>Ends a hold; the money it stood for is in <paramref name="redisUsed"/> when Redis answered.</summary>
    internal void EndHold(string tenantId, DateOnly day, long holdId, decimal? redisUsed) => Locked(DayOf(tenantId, day), b =>
    {
        if (redisUsed is { } used)
        {
            b.RaiseSpentTo(used);
        }

        b.EndHold(holdId);
    });

    private TenantDayBudget DayOf(string tenantId, DateOnly day)
    {
        if (_days.TryGetValue((tenantId, day), out var budget))
        {
            return budget;
        }

        // A new day started for this tenant: earlier days can never be reserved against again.
        foreach (var old in _days.Keys.Where(k => k.Tenant == tenantId && k.Day < day))
        {
            _days.TryRemove(old, out _);
        }

        return _days.GetOrAdd((tenantId, day), _ => new TenantDayBudget());
    }

    private static ValueTask Locked(TenantDayBudget budget, Action<TenantDayBudget> action)
    {
        lock (budget)
        {
            action(budget);
        }

        return ValueTask.CompletedTask;
    }
}
