namespace Router.Pipeline.Batch.Deferred;

/// <summary>Where a batch is. Each step is stored before the next one starts, so a restart resumes from it.</summary>
public enum BatchJobStep
{
    /// <summary>Its items are (being) assigned; the input file is not uploaded yet.</summary>
    Collected,

    /// <summary>The input file is uploaded (<see cref="BatchJob.FileId"/>); the batch is not created yet.</summary>
    Uploaded,

    /// <summary>The batch is created (<see cref="BatchJob.BatchId"/>) and polled.</summary>
    Submitted,

    /// <summary>The batch ended; its output and error files are read into results and ledger rows.</summary>
    Ingesting,

    Done,
}

/// <summary>The stored state of one batch of one tenant on one batch deployment.</summary>
public sealed record BatchJob
{
    public required string JobId { get; init; }
    public required string TenantId { get; init; }
    public required string Deployment { get; init; }
    public BatchJobStep Step { get; init; }
    public int RequestCount { get; init; }
    public string? FileId { get; init; }
    public string? BatchId { get; init; }

    /// <summary>The Batch API's last status (validating, in_progress, completed, expired, failed, cancelled...).</summary>
    public string? BatchStatus { get; init; }
    public string? OutputFileId { get; init; }
    public string? ErrorFileId { get; init; }
    public required DateTimeOffset CreatedAt { get; init; }
    public DateTimeOffset UpdatedAt { get; init; }

    /// <summary>The poll run working on the job, and until when (<see cref="BatchJobClaims"/>); null when none is.</summary>
    public string? ClaimedBy { get; init; }
    public DateTimeOffset? ClaimedUntil { get; init; }

    /// <summary>The stored version this copy was read or saved as (the ETag in Table Storage); null for a job not stored yet.</summary>
    public string? Version { get; init; }
}
