using Microsoft.Extensions.Options;

namespace Router.Pipeline.Batch.Deferred;

/// <summary>
/// Turns collected requests into batches, per tenant and batch deployment: a full batch as soon as
/// <see cref="BatchApiOptions.MaxRequestsPerBatch"/> wait, the rest once the oldest has waited <see cref="BatchApiOptions.MaxAge"/>.
/// The job is stored before its items are given to it: a crash in between leaves items unassigned, and the next flush
/// takes them (the job then holds fewer, or none, and its upload counts what it really has).
/// </summary>
internal sealed class BatchFlusher(IBatchJobStore store, IOptionsMonitor<BatchApiOptions> options, TimeProvider time)
{
    public async Task<IReadOnlyList<BatchJob>> FlushAsync(CancellationToken cancellationToken)
    {
        var settings = options.CurrentValue;
        var now = time.GetUtcNow();
        var created = new List<BatchJob>();
        var pending = await store.UnassignedItemsAsync(cancellationToken).ConfigureAwait(false);
        foreach (var group in pending.GroupBy(i => (i.TenantId, i.Deployment)))
        {
            foreach (var chunk in group.OrderBy(i => i.CollectedAt).ThenBy(i => i.RequestId, StringComparer.Ordinal).Chunk(settings.MaxRequestsPerBatch))
            {
                if (chunk.Length < settings.MaxRequestsPerBatch && now - chunk[0].CollectedAt < settings.MaxAge)
                {
                    continue;
                }

                var job = new BatchJob
                {
                    JobId = Guid.NewGuid().ToString("N"),
                    TenantId = group.Key.TenantId,
                    Deployment = group.Key.Deployment,
                    Step = BatchJobStep.Collected,
                    RequestCount = chunk.Length,
                    CreatedAt = now,
                    UpdatedAt = now,
                };
                await store.SaveJobAsync(job, cancellationToken).ConfigureAwait(false);
                await store.AssignAsync(job.JobId, chunk, cancellationToken).ConfigureAwait(false);
                created.Add(job);
            }
        }

        return created;
    }
}
