using System.Collections.Concurrent;

namespace Router.Pipeline.Batch.Deferred;

/// <summary>The embedded default when no Table Storage is configured: batch state lives as long as the process.</summary>
internal sealed class InMemoryBatchJobStore : IBatchJobStore
{
    private readonly ConcurrentDictionary<(string Tenant, string Id), BatchItem> _items = new();
    private readonly Dictionary<string, BatchJob> _jobs = new(StringComparer.Ordinal);
    private long _version;

    public string Description => "in-memory (lost on restart)";

    public ValueTask<bool> TryAddItemAsync(BatchItem item, CancellationToken cancellationToken = default) =>
        ValueTask.FromResult(_items.TryAdd((item.TenantId, item.RequestId), item with { Version = NextVersion() }));

    public ValueTask<IReadOnlyList<BatchItem>> UnassignedItemsAsync(CancellationToken cancellationToken = default) =>
        ValueTask.FromResult(Items(i => i.JobId.Length == 0));

    public ValueTask<IReadOnlyList<BatchItem>> ItemsOfJobAsync(string jobId, CancellationToken cancellationToken = default) =>
        ValueTask.FromResult(Items(i => i.JobId == jobId));

    public ValueTask<IReadOnlyList<BatchItem>> AssignAsync(string jobId, IReadOnlyList<BatchItem> items, CancellationToken cancellationToken = default)
    {
        var given = new List<BatchItem>();
        foreach (var item in items)
        {
            var key = (item.TenantId, item.RequestId);
            if (_items.TryGetValue(key, out var current) && current.JobId.Length == 0 && (item.Version is null || item.Version == current.Version))
            {
                var assigned = current with { JobId = jobId, Version = NextVersion() };
                if (_items.TryUpdate(key, assigned, current))
                {
                    given.Add(assigned);
                }
            }
        }

        return ValueTask.FromResult<IReadOnlyList<BatchItem>>(given);
    }

    public ValueTask<BatchJob> SaveJobAsync(BatchJob job, CancellationToken cancellationToken = default)
    {
        lock (_jobs)
        {
            var exists = _jobs.TryGetValue(job.JobId, out var stored);
            if (job.Version is null ? exists : !exists || stored!.Version != job.Version)
            {
                throw new BatchJobConflictException($"Batch job {job.JobId} changed since it was read.");
            }

            var saved = job with { Version = NextVersion() };
            _jobs[job.JobId] = saved;
            return ValueTask.FromResult(saved);
        }
    }

    public ValueTask<IReadOnlyList<BatchJob>> OpenJobsAsync(CancellationToken cancellationToken = default)
    {
        lock (_jobs)
        {
            return ValueTask.FromResult<IReadOnlyList<BatchJob>>([.. _jobs.Values.Where(j => j.Step != BatchJobStep.Done).OrderBy(j => j.CreatedAt)]);
        }
    }

    public ValueTask<BatchJob?> GetJobAsync(string jobId, CancellationToken cancellationToken = default)
    {
        lock (_jobs)
        {
            return ValueTask.FromResult(_jobs.GetValueOrDefault(jobId));
        }
    }

    private IReadOnlyList<BatchItem> Items(Func<BatchItem, bool> which) =>
        [.. _items.Values.Where(which).OrderBy(i => i.CollectedAt).ThenBy(i => i.RequestId, StringComparer.Ordinal)];

    private string NextVersion() => Interlocked.Increment(ref _version).ToString(System.Globalization.CultureInfo.InvariantCulture);
}
