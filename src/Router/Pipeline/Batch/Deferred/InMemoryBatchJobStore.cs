using System.Collections.Concurrent;

namespace Router.Pipeline.Batch.Deferred;

/// <summary>The embedded default when no Table Storage is configured: batch state lives as long as the process.</summary>
internal sealed class InMemoryBatchJobStore : IBatchJobStore
{
    private readonly ConcurrentDictionary<(string Tenant, string Id), BatchItem> _items = new();
    private readonly ConcurrentDictionary<string, BatchJob> _jobs = new(StringComparer.Ordinal);

    public string Description => "in-memory (lost on restart)";

    public ValueTask<bool> TryAddItemAsync(BatchItem item, CancellationToken cancellationToken = default) =>
        ValueTask.FromResult(_items.TryAdd((item.TenantId, item.RequestId), item));

    public ValueTask<IReadOnlyList<BatchItem>> UnassignedItemsAsync(CancellationToken cancellationToken = default) =>
        ValueTask.FromResult<IReadOnlyList<BatchItem>>([.. _items.Values.Where(i => i.JobId.Length == 0).OrderBy(i => i.CollectedAt).ThenBy(i => i.RequestId, StringComparer.Ordinal)]);

    public ValueTask<IReadOnlyList<BatchItem>> ItemsOfJobAsync(string jobId, CancellationToken cancellationToken = default) =>
        ValueTask.FromResult<IReadOnlyList<BatchItem>>([.. _items.Values.Where(i => i.JobId == jobId).OrderBy(i => i.CollectedAt).ThenBy(i => i.RequestId, StringComparer.Ordinal)]);

    public ValueTask AssignAsync(string jobId, IReadOnlyList<BatchItem> items, CancellationToken cancellationToken = default)
    {
        foreach (var item in items)
        {
            _items[(item.TenantId, item.RequestId)] = item with { JobId = jobId };
        }

        return ValueTask.CompletedTask;
    }

    public ValueTask SaveJobAsync(BatchJob job, CancellationToken cancellationToken = default)
    {
        _jobs[job.JobId] = job;
        return ValueTask.CompletedTask;
    }

    public ValueTask<IReadOnlyList<BatchJob>> OpenJobsAsync(CancellationToken cancellationToken = default) =>
        ValueTask.FromResult<IReadOnlyList<BatchJob>>([.. _jobs.Values.Where(j => j.Step != BatchJobStep.Done).OrderBy(j => j.CreatedAt)]);

    public ValueTask<BatchJob?> GetJobAsync(string jobId, CancellationToken cancellationToken = default) =>
        ValueTask.FromResult(_jobs.GetValueOrDefault(jobId));
}
