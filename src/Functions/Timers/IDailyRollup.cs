using Microsoft.Extensions.DependencyInjection.Extensions;
using Router.Accounting;

namespace Router.Functions.Timers;

/// <summary>Rolls one finished UTC day of ledger rows into aggregates, so the dashboard never scans old raw rows.
/// A port: the accounting stage's roll-up writer implements it at merge.</summary>
public interface IDailyRollup
{
    Task<SpendTotals> RollUpAsync(DateOnly day, CancellationToken cancellationToken = default);
}

/// <summary>Until the roll-up writer is wired: asks the reporter for the day, which materialises it where the
/// reporter caches roll-ups, and reports the day's totals.</summary>
internal sealed class ReporterDailyRollup(ISpendReporter reporter) : IDailyRollup
{
    public async Task<SpendTotals> RollUpAsync(DateOnly day, CancellationToken cancellationToken = default) =>
        (await reporter.GetAsync(new SpendReportQuery(day, day), cancellationToken)).Totals;
}

internal static class DailyRollupServiceCollectionExtensions
{
    public static IServiceCollection AddDailyRollup(this IServiceCollection services)
    {
        services.TryAddSingleton<IDailyRollup, ReporterDailyRollup>();
        return services;
    }
}
