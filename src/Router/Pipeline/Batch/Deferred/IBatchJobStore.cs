namespace Router.Pipeline.Batch.Deferred;

/// <summary>The durable state of deferred requests and their batches (Table Storage; in memory when none is configured).</summary>
public interface IBatchJobStore
{
    string Description { get; }

    /// <summary>Stores a newly collected request; false when it was collected before (a redelivered message).</summary>
    ValueTask<bool> TryAddItemAsync(BatchItem item, CancellationToken cancellationToken = default);

    /// <summary>Collected requests no batch has taken yet.</summary>
    ValueTask<IReadOnlyList<BatchItem>> UnassignedItemsAsync(CancellationToken cancellationToken = default);

    ValueTask<IReadOnlyList<BatchItem>> ItemsOfJobAsync(string jobId, CancellationToken cancellationToken = default);

    /// <summary>Gives the items to the job (their <see cref="BatchItem.JobId"/>).</summary>
    ValueTask AssignAsync(string jobId, IReadOnlyList<BatchItem> items, CancellationToken cancellationToken = default);

    ValueTask SaveJobAsync(BatchJob job, CancellationToken cancellationToken = default);

    /// <summary>Jobs not <see cref="BatchJobStep.Done"/>, oldest first.</summary>
    ValueTask<IReadOnlyList<BatchJob>> OpenJobsAsync(CancellationToken cancellationToken = default);

    ValueTask<BatchJob?> GetJobAsync(string jobId, CancellationToken cancellationToken = default);
}
