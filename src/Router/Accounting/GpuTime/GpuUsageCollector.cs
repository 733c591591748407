using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Router.Accounting.Pricing;

namespace Router.Accounting.GpuTime;

/// <summary>
/// One tick of the GpuUsage timer: reads the worker's counters, then closes the window since the last tick by
/// allocating its billed replica time to its private calls (their ledger rows change from provisional to allocated).
/// <para>Scraping is an HTTP request, and one to a worker scaled to zero would start it (and bill it). So the worker
/// is read only while it is known to be up: there were private calls in this window, or the last window had busy
/// time. A replica that stops between two reads loses its time since the last read: at most one window.</para>
/// </summary>
internal sealed partial class GpuUsageCollector(
    IGpuWorkerBillingSource source, IGpuUsageStore store, ISpendLedger ledger, IPriceCatalog prices, GpuUsagePriceModel priceModelName,
    IOptions<GpuUsageOptions> options, TimeProvider time, ILogger<GpuUsageCollector> logger)
{
    public async Task<GpuCollectResult> CollectAsync(CancellationToken cancellationToken = default)
    {
        var o = options.Value;
        var priceModel = priceModelName.Name;
        var now = time.GetUtcNow();
        var last = (await store.AllocationsAsync(now - o.Lookback, now, cancellationToken).ConfigureAwait(false)).LastOrDefault();
        var start = last?.WindowEnd ?? now - o.FirstWindow;
        var calls = await PrivateCallsAsync(start, now, cancellationToken).ConfigureAwait(false);

        GpuUsageSample? sample = null;
        if (calls.Count > 0 || last is { BusySeconds: > 0 })
        {
            sample = await source.ReadAsync(cancellationToken).ConfigureAwait(false);
            if (sample is not null)
            {
                await store.AddSampleAsync(sample with { PriceModel = priceModel }, cancellationToken).ConfigureAwait(false);
            }
        }

        var samples = await store.SamplesAsync(start - o.Lookback, now.AddTicks(1), cancellationToken).ConfigureAwait(false);
        if (last is not null)
        {
            foreach (var end in VanishedEnds(samples, last, sample, now))
            {
                await store.AddSampleAsync(end, cancellationToken).ConfigureAwait(false);
            }

            samples = await store.SamplesAsync(start - o.Lookback, now.AddTicks(1), cancellationToken).ConfigureAwait(false);
        }

        var intervals = Intervals(samples, start, now);
        var price = prices.Get(priceModel);
        var rate = price.Gpu?.PerSecondUsd ?? throw new InvalidOperationException($"'{priceModel}' is not a GPU-worker price entry (GpuUsage:PriceModel).");
        var metered = intervals.Sum(i => i.BusySeconds) > 0m;
        var (window, shares) = GpuCostAllocator.Allocate(start, now, priceModel, rate, intervals, metered ? calls : [], price.Gpu.TokensPerSecond);
        await store.SaveAllocationAsync(window, cancellationToken).ConfigureAwait(false);

        var byKey = calls.ToDictionary(c => (c.TenantId, c.RequestId));
        foreach (var share in shares)
        {
            var row = byKey[(share.TenantId, share.RequestId)];
            await ledger.RecordAsync(row with
            {
                CostUsd = share.CostUsd,
                CostBasis = Accounting.CostBasis.Allocated,
                ProvisionalCostUsd = row.ProvisionalCostUsd ?? row.CostUsd,
            }, cancellationToken).ConfigureAwait(false);
        }

        LogWindow(logger, start, now, window.BilledSeconds, shares.Count, metered ? 0 : calls.Count, sample is not null);
        return new GpuCollectResult(window, sample, shares.Count, metered ? 0 : calls.Count);
    }

    /// <summary>
    /// Replicas read in the last window but not in this one have stopped: Container Apps stops an idle replica
    /// <see cref="GpuUsageOptions.ScaleDownAfter"/> after its last request, so its end is estimated from how long it
    /// had been idle when last read (never later than now). The estimate is stored as a sample marked Estimated.
    /// </summary>
    private IEnumerable<GpuUsageSample> VanishedEnds(IReadOnlyList<GpuUsageSample> samples, GpuAllocation last, GpuUsageSample? readNow, DateTimeOffset now)
    {
        var cooldown = (decimal)options.Value.ScaleDownAfter.TotalSeconds;
        foreach (var instance in samples.GroupBy(s => s.InstanceId, StringComparer.Ordinal))
        {
            var latest = instance.MaxBy(s => s.SampledAt)!;
            if (latest.Estimated || latest.SampledAt <= last.WindowStart || latest.SampledAt > last.WindowEnd || readNow?.InstanceId == latest.InstanceId)
            {
                continue;
            }

            var tail = Math.Min(Math.Max(0m, cooldown - latest.IdleForSeconds), Math.Round((decimal)(now - latest.SampledAt).TotalSeconds, 3));
            yield return latest with
            {
                SampledAt = latest.SampledAt.AddTicks((long)(tail * TimeSpan.TicksPerSecond)),
                UptimeSeconds = latest.UptimeSeconds + tail,
                IdleSeconds = latest.IdleSeconds + tail,
                IdleForSeconds = latest.IdleForSeconds + tail,
                Estimated = true,
            };
        }
    }

    /// <summary>Each sample taken in (from, to] minus the same instance's sample before it.</summary>
    internal static List<GpuUsageInterval> Intervals(IReadOnlyList<GpuUsageSample> samples, DateTimeOffset from, DateTimeOffset to)
    {
        var intervals = new List<GpuUsageInterval>();
        foreach (var instance in samples.GroupBy(s => s.InstanceId, StringComparer.Ordinal))
        {
            GpuUsageSample? previous = null;
            foreach (var s in instance.OrderBy(s => s.SampledAt))
            {
                if (s.SampledAt > from && s.SampledAt <= to)
                {
                    intervals.Add(GpuUsageInterval.Between(previous, s));
                }

                previous = s;
            }
        }

        return intervals;
    }

    private async Task<List<LedgerEntry>> PrivateCallsAsync(DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken)
    {
        var calls = new List<LedgerEntry>();
        var query = new LedgerQuery(DateOnly.FromDateTime(from.UtcDateTime), DateOnly.FromDateTime(to.UtcDateTime));
        await foreach (var row in ledger.QueryAsync(query, cancellationToken).ConfigureAwait(false))
        {
            if (row.Backend == LedgerBackends.GpuWorker && !row.CacheHit && row.Timestamp > from && row.Timestamp <= to)
            {
                calls.Add(row);
            }
        }

        return calls;
    }

    [LoggerMessage(EventId = 3301, Level = LogLevel.Information, Message = "GPU window {From:O}..{To:O}: {BilledSeconds} billed replica seconds, {Allocated} calls allocated, {Unmetered} left provisional, worker read: {Read}")]
    private static partial void LogWindow(ILogger logger, DateTimeOffset from, DateTimeOffset to, decimal billedSeconds, int allocated, int unmetered, bool read);
}

/// <summary>What one tick did. <see cref="UnmeteredCalls"/>: calls in a window with no measured busy time (the
/// replica vanished before it was read); they keep their provisional cost.</summary>
internal sealed record GpuCollectResult(GpuAllocation Window, GpuUsageSample? Sample, int AllocatedCalls, int UnmeteredCalls);
