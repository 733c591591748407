namespace Router.Accounting.GpuTime;

/// <summary>
/// One closed window of private GPU spend: what the replicas were billed (replica seconds × the GPU rate) and where
/// it went. AllocatedUsd + ColdStartUsd + IdleUsd + UnattributedUsd = BilledUsd exactly.
/// </summary>
internal sealed record GpuAllocation
{
    public required DateTimeOffset WindowStart { get; init; }
    public required DateTimeOffset WindowEnd { get; init; }
    public required string PriceModel { get; init; }
    public required decimal RatePerSecondUsd { get; init; }
    public int Replicas { get; init; }
    public decimal BilledSeconds { get; init; }
    public decimal ColdStartSeconds { get; init; }
    public decimal BusySeconds { get; init; }
    public decimal IdleSeconds { get; init; }
    public int Calls { get; init; }

    /// <summary>Σ of the calls' measured decode seconds: the weights the busy spend was split by.</summary>
    public decimal DecodeSeconds { get; init; }

    public decimal BilledUsd { get; init; }

    /// <summary>Busy spend given to the window's private calls (their ledger rows' CostUsd).</summary>
    public decimal AllocatedUsd { get; init; }
    public decimal ColdStartUsd { get; init; }
    public decimal IdleUsd { get; init; }

    /// <summary>Busy spend of a window in which no call's row was found (e.g. a call that failed before its row).</summary>
    public decimal UnattributedUsd { get; init; }

    public decimal OverheadUsd => ColdStartUsd + IdleUsd + UnattributedUsd;

    /// <summary>Busy seconds / billed seconds: how much of what was paid for did work.</summary>
    public decimal Utilisation => BilledSeconds > 0 ? BusySeconds / BilledSeconds : 0m;
}

/// <summary>A private call's share of its window.</summary>
internal sealed record CallAllocation(string TenantId, string RequestId, decimal CostUsd);
