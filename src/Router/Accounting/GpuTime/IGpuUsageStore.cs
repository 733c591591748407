namespace Router.Accounting.GpuTime;

/// <summary>The GpuUsage table: worker samples and the allocation of each closed window.</summary>
internal interface IGpuUsageStore
{
    Task AddSampleAsync(GpuUsageSample sample, CancellationToken cancellationToken = default);

    /// <summary>Samples taken in [from, to), oldest first.</summary>
    Task<IReadOnlyList<GpuUsageSample>> SamplesAsync(DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken = default);

    /// <summary>Replaces the allocation of its window (allocating a window twice gives the same row).</summary>
    Task SaveAllocationAsync(GpuAllocation allocation, CancellationToken cancellationToken = default);

    /// <summary>Allocations of windows starting in [from, to), oldest first.</summary>
    Task<IReadOnlyList<GpuAllocation>> AllocationsAsync(DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken = default);
}
