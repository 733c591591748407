using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Router.Accounting.Ledger.Spool;
using Router.Accounting.Ledger.Sqlite;
using Router.Accounting.Ledger.Tables;
using Router.Accounting.Metrics;

namespace Router.Accounting.Ledger;

internal static class LedgerServiceCollectionExtensions
{
    /// <summary>
    /// Table Storage (with the durable spool and its flusher) when <c>Ledger:Tables:ConnectionString</c> or
    /// <c>Ledger:Tables:Endpoint</c> is set; otherwise the local SQLite file. <see cref="LedgerDescription"/> says which.
    /// Either way every row recorded is also counted in <see cref="LedgerMetrics"/>.
    /// </summary>
    public static IServiceCollection AddLedger(this IServiceCollection services, IConfiguration configuration)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddMetrics();
        services.TryAddSingleton<LedgerMetrics>();
        services.AddOptions<LedgerOptions>()
            .Bind(configuration.GetSection(LedgerOptions.SectionName))
            .ValidateDataAnnotations()
            .ValidateOnStart();

        var tables = configuration.GetSection(LedgerOptions.SectionName).GetSection("Tables").Get<LedgerTablesOptions>() ?? new();
        if (tables.IsConfigured)
        {
            services.AddSingleton<LedgerTables>();
            services.AddSingleton<LedgerSpool>();
            services.AddSingleton<TableSpendLedger>();
            services.AddSingleton<ISpendLedger>(sp => Metered<TableSpendLedger>(sp));
            services.AddHostedService<LedgerSpoolFlusher>();
            services.AddSingleton(sp => new LedgerDescription(
                $"ledger: Azure Table Storage at {sp.GetRequiredService<LedgerTables>().Description}, spool {sp.GetRequiredService<LedgerSpool>().DirectoryPath}"));
        }
        else
        {
            services.AddSingleton<SqliteLedgerDatabase>();
            services.AddSingleton<SqliteRowWriter>();
            services.AddSingleton<SqliteSpendLedger>();
            services.AddSingleton<ISpendLedger>(sp => Metered<SqliteSpendLedger>(sp));
            services.AddSingleton(sp => new LedgerDescription($"ledger: local SQLite file {sp.GetRequiredService<SqliteLedgerDatabase>().FilePath}"));
        }

        return services;
    }

    private static MeteredSpendLedger Metered<T>(IServiceProvider services) where T : ISpendLedger =>
        new(services.GetRequiredService<T>(), services.GetRequiredService<LedgerMetrics>());

    internal static bool UsesTables(IServiceCollection services) => services.Any(d => d.ServiceType == typeof(LedgerTables));
}
