namespace Router.Accounting.Budget;

/// <summary>
/// A reservation that settles or releases exactly once, whichever comes first; later calls do nothing.
/// The store-specific work is passed in, so the in-memory and Redis guards share the once-only rules.
/// </summary>
internal sealed class BudgetReservation(
    Func<decimal, CancellationToken, ValueTask> settle,
    Func<ValueTask> release) : IBudgetReservation
{
    public static IBudgetReservation Unlimited { get; } =
        new BudgetReservation(static (_, _) => ValueTask.CompletedTask, static () => ValueTask.CompletedTask);

    private int _done;

    public ValueTask SettleAsync(decimal actualUsd, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(actualUsd);
        return Interlocked.Exchange(ref _done, 1) == 0 ? settle(actualUsd, cancellationToken) : ValueTask.CompletedTask;
    }

    public ValueTask DisposeAsync() =>
        Interlocked.Exchange(ref _done, 1) == 0 ? release() : ValueTask.CompletedTask;
}
