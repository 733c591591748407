using Microsoft.Extensions.DependencyInjection.Extensions;
using Router.Accounting;
using Router.Accounting.Reporting;

namespace Router.Functions.Timers;

/// <summary>Rolls one finished UTC day of ledger rows into aggregates, so the dashboard never scans old raw rows.
/// A port, so the timer function can be tested without a ledger.</summary>
public interface IDailyRollup
{
    Task<SpendTotals> RollUpAsync(DateOnly day, CancellationToken cancellationToken = default);
}

/// <summary>Replaces a day's roll-up rows from the ledger and reports the day's totals.</summary>
internal sealed class LedgerDailyRollup(RollupService rollups) : IDailyRollup
{
    public async Task<SpendTotals> RollUpAsync(DateOnly day, CancellationToken cancellationToken = default)
    {
        var rows = await rollups.RollUpAsync(day, cancellationToken);
        return new SpendTotals { Requests = rows.Sum(r => r.Requests), CostUsd = rows.Sum(r => r.CostUsd) };
    }
}

internal static class DailyRollupServiceCollectionExtensions
{
    public static IServiceCollection AddDailyRollup(this IServiceCollection services)
    {
        services.TryAddSingleton<IDailyRollup, LedgerDailyRollup>();
        return services;
    }
}
