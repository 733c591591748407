using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Router.Accounting.Ledger;
using Router.Accounting.Reporting.Sqlite;
using Router.Accounting.Reporting.Tables;

namespace Router.Accounting.Reporting;

internal static class ReportingServiceCollectionExtensions
{
    /// <summary>Roll-ups and the spend reporter, stored wherever <see cref="LedgerServiceCollectionExtensions.AddLedger"/>
    /// put the ledger; call it after AddLedger.</summary>
    public static IServiceCollection AddReporting(this IServiceCollection services, IConfiguration configuration)
    {
        services.TryAddSingleton(TimeProvider.System);
        if (LedgerServiceCollectionExtensions.UsesTables(services))
        {
            services.AddSingleton<IRollupStore, TableRollupStore>();
        }
        else
        {
            services.AddSingleton<IRollupStore, SqliteRollupStore>();
        }

        services.AddSingleton<RollupService>();
        services.AddSingleton<ISpendReporter, SpendReporter>();
        return services;
    }
}
