using Microsoft.Extensions.DependencyInjection.Extensions;
using Router.Accounting.GpuTime;

namespace Router.Functions.Timers;

/// <summary>One run of the GpuUsage timer: read the worker's billable time, allocate the window since the last run.
/// A port, so the timer function can be tested without a worker.</summary>
public interface IGpuUsageTick
{
    Task<GpuTickSummary> RunAsync(CancellationToken cancellationToken = default);
}

public sealed record GpuTickSummary(DateTimeOffset From, DateTimeOffset To, decimal BilledSeconds, decimal BilledUsd, int AllocatedCalls, int UnmeteredCalls, bool WorkerRead);

internal sealed class CollectorGpuUsageTick(GpuUsageCollector collector) : IGpuUsageTick
{
    public async Task<GpuTickSummary> RunAsync(CancellationToken cancellationToken = default)
    {
        var r = await collector.CollectAsync(cancellationToken);
        return new GpuTickSummary(r.Window.WindowStart, r.Window.WindowEnd, r.Window.BilledSeconds, r.Window.BilledUsd, r.AllocatedCalls, r.UnmeteredCalls, r.Sample is not null);
    }
}

internal static class GpuUsageTickServiceCollectionExtensions
{
    public static IServiceCollection AddGpuUsageTick(this IServiceCollection services)
    {
        services.TryAddSingleton<IGpuUsageTick, CollectorGpuUsageTick>();
        return services;
    }
}
