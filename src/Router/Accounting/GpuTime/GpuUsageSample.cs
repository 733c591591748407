namespace Router.Accounting.GpuTime;

/// <summary>
/// One scrape of a worker replica's billable-time counters (its GET /billing). The counters only grow within one
/// <see cref="InstanceId"/> (one process), so two samples of the same instance bound an interval of its life.
/// Seconds are decimal, rounded to the millisecond when read, so sums over many samples stay exact.
/// </summary>
internal sealed record GpuUsageSample
{
    public required string InstanceId { get; init; }

    /// <summary>The model the replica loaded (its id; the GGUF file is in <see cref="ModelFile"/>).</summary>
    public required string Model { get; init; }

    public string ModelFile { get; init; } = "";

    /// <summary>The GPU profile the replica runs on's price entry (a GPU-worker model of the catalogue).</summary>
    public required string PriceModel { get; init; }

    public required DateTimeOffset ProcessStartedAt { get; init; }

    public required DateTimeOffset SampledAt { get; init; }

    public decimal UptimeSeconds { get; init; }

    public decimal ColdStartSeconds { get; init; }

    public decimal BusySeconds { get; init; }

    public decimal IdleSeconds { get; init; }

    /// <summary>Seconds since the last sequence finished (0 while busy): how close the replica is to being scaled down.</summary>
    public decimal IdleForSeconds { get; init; }

    /// <summary>Not read from a worker: the collector's estimate of where a vanished replica stopped.</summary>
    public bool Estimated { get; init; }
}

/// <summary>What one replica did between two samples (or from its start to its first sample).</summary>
internal sealed record GpuUsageInterval(
    string InstanceId, string Model, string PriceModel, DateTimeOffset From, DateTimeOffset To,
    decimal BilledSeconds, decimal ColdStartSeconds, decimal BusySeconds, decimal IdleSeconds)
{
    /// <summary>
    /// The difference of two samples of one instance; with no earlier sample, everything since the process started
    /// (the counters start at 0). Idle absorbs the rounding so cold start + busy + idle = billed exactly.
    /// </summary>
    public static GpuUsageInterval Between(GpuUsageSample? previous, GpuUsageSample current)
    {
        if (previous is not null && previous.InstanceId != current.InstanceId)
        {
            throw new ArgumentException("Samples of different instances.", nameof(previous));
        }

        var billed = current.UptimeSeconds - (previous?.UptimeSeconds ?? 0m);
        var cold = current.ColdStartSeconds - (previous?.ColdStartSeconds ?? 0m);
        var busy = current.BusySeconds - (previous?.BusySeconds ?? 0m);
        return new GpuUsageInterval(current.InstanceId, current.Model, current.PriceModel, previous?.SampledAt ?? current.ProcessStartedAt, current.SampledAt,
            billed, cold, busy, billed - cold - busy);
    }
}
