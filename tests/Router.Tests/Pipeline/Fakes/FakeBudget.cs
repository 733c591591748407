using System.Collections.Concurrent;
using Router.Accounting;

namespace Router.Tests.Pipeline.Fakes;

/// <summary>Per-tenant daily limits (none ⇒ unlimited); tracks reserved and settled amounts.</summary>
public sealed class FakeBudget : IBudgetGuard
{
    private readonly object _gate = new();

    public ConcurrentDictionary<string, decimal> Limits { get; } = new();
    public ConcurrentDictionary<string, decimal> Spent { get; } = new();
    public decimal Reserved { get; private set; }
    public int Settled { get; private set; }
    public int Released { get; private set; }
    public int Reservations { get; private set; }

    /// <summary>Runs when the pipeline asks what is left (while it prepares the request).</summary>
    public Action? OnRemaining { get; set; }

    public int Revisions { get; private set; }

    public ValueTask ReviseSpentAsync(string tenantId, DateOnly day, decimal settledUsd, decimal actualUsd, CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            Spent.AddOrUpdate(tenantId, Math.Max(0m, actualUsd - settledUsd), (_, s) => Math.Max(0m, s + actualUsd - settledUsd));
            Revisions++;
        }

        return ValueTask.CompletedTask;
    }

    public ValueTask<decimal?> RemainingAsync(string tenantId, CancellationToken cancellationToken = default)
    {
        OnRemaining?.Invoke();
        lock (_gate)
        {
            return ValueTask.FromResult<decimal?>(Limits.TryGetValue(tenantId, out var limit) ? limit - Spent.GetValueOrDefault(tenantId) - Reserved : null);
        }
    }

    public ValueTask<IBudgetReservation?> TryReserveAsync(string tenantId, decimal worstCaseUsd, CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            if (Limits.TryGetValue(tenantId, out var limit) && Spent.GetValueOrDefault(tenantId) + Reserved + worstCaseUsd > limit)
            {
                return ValueTask.FromResult<IBudgetReservation?>(null);
            }

            Reserved += worstCaseUsd;
            Reservations++;
            return ValueTask.FromResult<IBudgetReservation?>(new Reservation(this, tenantId, worstCaseUsd));
        }
    }

    private sealed class Reservation(FakeBudget owner, string tenantId, decimal amount) : IBudgetReservation
    {
        private bool _done;

        public ValueTask SettleAsync(decimal actualUsd, CancellationToken cancellationToken = default)
        {
            lock (owner._gate)
            {
                if (!_done)
                {
                    owner.Reserved -= amount;
                    owner.Spent.AddOrUpdate(tenantId, actualUsd, (_, s) => s + actualUsd);
                    owner.Settled++;
                    _done = true;
                }
            }

            return ValueTask.CompletedTask;
        }

        public ValueTask DisposeAsync()
        {
            lock (owner._gate)
            {
                if (!_done)
                {
                    owner.Reserved -= amount;
                    owner.Released++;
                    _done = true;
                }
            }

            return ValueTask.CompletedTask;
        }
    }
}
