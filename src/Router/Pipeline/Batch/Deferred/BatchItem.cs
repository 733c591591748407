namespace Router.Pipeline.Batch.Deferred;

/// <summary>
/// One collected request, stored before its message is settled, so a crash loses nothing. <see cref="JobId"/> is
/// empty until a batch takes it; a batch's requests are the items carrying its id.
/// </summary>
public sealed record BatchItem
{
    public required string TenantId { get; init; }
    public required string RequestId { get; init; }

    /// <summary>The batch deployment's name (<see cref="BatchDeploymentOptions.Deployment"/>).</summary>
    public required string Deployment { get; init; }

    /// <summary>The request as <see cref="DeferredRequest"/> JSON: the JSONL line's body, and what a retry on the standard route runs.</summary>
    public required string Request { get; init; }

    /// <summary>The ledger row as far as it is known at collection (classification, decision), completed at ingestion.</summary>
    public required string LedgerTemplate { get; init; }

    /// <summary>What the budget reserved for it (worst case at the batch price).</summary>
    public decimal ReservedUsd { get; init; }

    public required DateTimeOffset CollectedAt { get; init; }
    public string? Fingerprint { get; init; }
    public string JobId { get; init; } = "";

    /// <summary>The stored version this copy was read as (the ETag in Table Storage): it is given to a batch only if unchanged.</summary>
    public string? Version { get; init; }
}
