namespace Router.Accounting;

/// <summary>
/// Per-tenant daily budget. A call reserves its worst-case cost before it runs and settles with the actual
/// cost after, so concurrent calls cannot overshoot the limit by more than one call's worst case.
/// </summary>
public interface IBudgetGuard
{
    /// <summary>What the tenant has left today, reservations counted; null when unlimited.</summary>
    ValueTask<decimal?> RemainingAsync(string tenantId, CancellationToken cancellationToken = default);

    /// <summary>Returns null when the reservation does not fit in what is left.</summary>
    ValueTask<IBudgetReservation?> TryReserveAsync(string tenantId, decimal worstCaseUsd, CancellationToken cancellationToken = default);

    /// <summary>
    /// Corrects spend settled earlier on <paramref name="day"/> (a batch request, settled at its worst case when it was
    /// collected) to what it really cost: the day's spend moves by actual − settled, never below zero. A day the guard
    /// no longer knows (past, or lost with an in-process store) is left as it is. Not idempotent: once per settle.
    /// </summary>
    ValueTask ReviseSpentAsync(string tenantId, DateOnly day, decimal settledUsd, decimal actualUsd, CancellationToken cancellationToken = default);
}

public interface IBudgetReservation : IAsyncDisposable
{
    /// <summary>Replaces the reservation with the actual cost. Disposing without settling releases it.</summary>
    ValueTask SettleAsync(decimal actualUsd, CancellationToken cancellationToken = default);
}
