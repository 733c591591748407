using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Router.Accounting.Ledger;

namespace Router.Accounting.GpuTime;

internal static class GpuUsageServiceCollectionExtensions
{
    /// <summary>The GpuUsage store beside the ledger (Table Storage or the SQLite file), the worker reader and the collector.
    /// Call after AddLedger: the store follows the ledger's choice.</summary>
    public static IServiceCollection AddGpuUsage(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<GpuUsageOptions>().Bind(configuration.GetSection(GpuUsageOptions.SectionName)).PostConfigure(o =>
        {
            if (string.IsNullOrWhiteSpace(o.WorkerBaseUrl))
            {
                o.WorkerBaseUrl = configuration[GpuUsageOptions.WorkerBaseUrlFallbackKey] is { Length: > 0 } url ? url : "http://127.0.0.1:8088";
            }
        });
        services.TryAddSingleton<GpuUsagePriceModel>();
        services.AddHttpClient<IGpuWorkerBillingSource, HttpGpuWorkerBillingSource>();
        if (LedgerServiceCollectionExtensions.UsesTables(services))
        {
            services.TryAddSingleton<IGpuUsageStore, TableGpuUsageStore>();
        }
        else
        {
            services.TryAddSingleton<IGpuUsageStore, SqliteGpuUsageStore>();
        }

        services.TryAddSingleton<GpuUsageCollector>();
        return services;
    }
}
