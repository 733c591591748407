using Microsoft.Extensions.Options;

namespace Router.Pipeline.Batch.Deferred;

/// <summary>
/// Turns collected requests into batches, per tenant and batch deployment: a full batch as soon as
/// <see cref="BatchApiOptions.MaxRequestsPerBatch"/> wait, the rest once the oldest has waited <see cref="BatchApiOptions.MaxAge"/>.
/// The job is stored, claimed by the flushing run, before its items are given to it: a crash in between leaves items
/// unassigned, and a later flush takes them (the job then holds fewer, or none, and its upload counts what it really
/// has). An item goes only to the first job that asks for it while it is still unassigned, so two pollers flushing the
/// same requests at once form one batch of them, not two; a job that got none is closed at once.
/// </summary>
internal sealed class BatchFlusher(IBatchJobStore store, BatchJobClaims claims, IOptionsMonitor<BatchApiOptions> options, TimeProvider time)
{
    public async Task<IReadOnlyList<BatchJob>> FlushAsync(string owner, CancellationToken cancellationToken)
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

                var job = await store.SaveJobAsync(claims.Renewed(new BatchJob
                {
                    JobId = Guid.NewGuid().ToString("N"),
                    TenantId = group.Key.TenantId,
                    Deployment = group.Key.Deployment,
                    Step = BatchJobStep.Collected,
                    RequestCount = chunk.Length,
                    CreatedAt = now,
                    UpdatedAt = now,
                    ClaimedBy = owner,
                }), cancellationToken).ConfigureAwait(false);
                var given = await store.AssignAsync(job.JobId, chunk, cancellationToken).ConfigureAwait(false);
                if (given.Count == 0)
                {
                    await store.SaveJobAsync(job with { Step = BatchJobStep.Done, RequestCount = 0, ClaimedBy = null, ClaimedUntil = null }, cancellationToken).ConfigureAwait(false);
                    continue;
                }

                created.Add(job);
            }
        }

        return created;
    }
}
