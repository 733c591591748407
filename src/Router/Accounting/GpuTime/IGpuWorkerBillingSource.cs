namespace Router.Accounting.GpuTime;

/// <summary>Reads a worker replica's billable-time counters (GET /billing).</summary>
internal interface IGpuWorkerBillingSource
{
    /// <summary>Null when no replica answers (scaled to zero, or down).</summary>
    Task<GpuUsageSample?> ReadAsync(CancellationToken cancellationToken = default);
}
