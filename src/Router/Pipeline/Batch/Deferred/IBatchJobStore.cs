namespace Router.Pipeline.Batch.Deferred;

/// <summary>
/// The durable state of deferred requests and their batches (Table Storage; in memory when none is configured).
/// Writes that two pollers could race on are conditional on the version read (<see cref="BatchItem.Version"/>,
/// <see cref="BatchJob.Version"/>; the ETag in Table Storage), so only one of them wins.
/// </summary>
public interface IBatchJobStore
{
    string Description { get; }

    /// <summary>Stores a newly collected request; false when it was collected before (a redelivered message).</summary>
    ValueTask<bool> TryAddItemAsync(BatchItem item, CancellationToken cancellationToken = default);

    /// <summary>Collected requests no batch has taken yet.</summary>
    ValueTask<IReadOnlyList<BatchItem>> UnassignedItemsAsync(CancellationToken cancellationToken = default);

    ValueTask<IReadOnlyList<BatchItem>> ItemsOfJobAsync(string jobId, CancellationToken cancellationToken = default);

    /// <summary>
    /// Gives the items to the job (their <see cref="BatchItem.JobId"/>), each only if it is still as read (unassigned);
    /// returns those it gave. The rest were taken by another poller in the meantime.
    /// </summary>
    ValueTask<IReadOnlyList<BatchItem>> AssignAsync(string jobId, IReadOnlyList<BatchItem> items, CancellationToken cancellationToken = default);

    /// <summary>
    /// Stores the job and returns it with its new <see cref="BatchJob.Version"/>: a job without a version is added,
    /// one with a version replaces the stored job only if that is still the version read.
    /// </summary>
    /// <exception cref="BatchJobConflictException">The job changed since it was read, or a new job's id exists.</exception>
    ValueTask<BatchJob> SaveJobAsync(BatchJob job, CancellationToken cancellationToken = default);

    /// <summary>Jobs not <see cref="BatchJobStep.Done"/>, oldest first.</summary>
    ValueTask<IReadOnlyList<BatchJob>> OpenJobsAsync(CancellationToken cancellationToken = default);

    ValueTask<BatchJob?> GetJobAsync(string jobId, CancellationToken cancellationToken = default);
}
