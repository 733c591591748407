using Router.Pipeline.Batch.Deferred;

namespace Router.Tests.Pipeline.Batch.Deferred;

/// <summary>
/// The batch store, where the first read of unassigned requests and the first read of open jobs of two pollers wait
/// for each other: both then act on the same state. A poller waits on its own first read until the other arrives,
/// so the first two reads of each kind are one from each poller. Later reads pass straight through.
/// </summary>
internal sealed class RendezvousStore(IBatchJobStore inner) : IBatchJobStore
{
    private readonly Meeting _unassigned = new(), _open = new();

    public bool BothReadOpenJobs => _open.Met;

    public string Description => inner.Description;

    public async ValueTask<IReadOnlyList<BatchItem>> UnassignedItemsAsync(CancellationToken cancellationToken = default)
    {
        await _unassigned.ArriveAsync();
        return await inner.UnassignedItemsAsync(cancellationToken);
    }

    public async ValueTask<IReadOnlyList<BatchJob>> OpenJobsAsync(CancellationToken cancellationToken = default)
    {
        await _open.ArriveAsync();
        return await inner.OpenJobsAsync(cancellationToken);
    }

    public ValueTask<bool> TryAddItemAsync(BatchItem item, CancellationToken cancellationToken = default) => inner.TryAddItemAsync(item, cancellationToken);

    public ValueTask<IReadOnlyList<BatchItem>> ItemsOfJobAsync(string jobId, CancellationToken cancellationToken = default) => inner.ItemsOfJobAsync(jobId, cancellationToken);

    public ValueTask<IReadOnlyList<BatchItem>> AssignAsync(string jobId, IReadOnlyList<BatchItem> items, CancellationToken cancellationToken = default) =>
        inner.AssignAsync(jobId, items, cancellationToken);

    public ValueTask<BatchJob> SaveJobAsync(BatchJob job, CancellationToken cancellationToken = default) => inner.SaveJobAsync(job, cancellationToken);

    public ValueTask<BatchJob?> GetJobAsync(string jobId, CancellationToken cancellationToken = default) => inner.GetJobAsync(jobId, cancellationToken);

    private sealed class Meeting
    {
        private readonly TaskCompletionSource _both = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private int _arrived;

        public bool Met => _both.Task.IsCompletedSuccessfully;

        public async Task ArriveAsync()
        {
            var arrived = Interlocked.Increment(ref _arrived);
            if (arrived == 2)
            {
                _both.TrySetResult();
            }

            if (arrived <= 2)
            {
                // Not a timing assertion: only how long a poller waits for the other before the test fails.
                await _both.Task.WaitAsync(TimeSpan.FromMinutes(2));
            }
        }
    }
}
