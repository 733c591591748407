using Microsoft.Extensions.Logging;

namespace Router.Pipeline.Batch.Deferred;

/// <summary>
/// Moves a batch through upload, create and polling, storing each step before the next. A restart after the upload
/// but before its file id was stored uploads again (the first file is never used); a restart after the create call
/// but before the batch id was stored finds that batch by its input file instead of creating a second one.
/// </summary>
internal sealed partial class BatchSubmitter(IBatchJobStore store, BatchJobClaims claims, IBatchApiClient api, IBatchResultStore results, TimeProvider time, ILogger<BatchSubmitter> logger)
{
    /// <summary>Uploads a collected job's file; false when it had no items (it is then done).</summary>
    public async Task<BatchJob> UploadAsync(BatchJob job, CancellationToken cancellationToken)
    {
        var items = await store.ItemsOfJobAsync(job.JobId, cancellationToken).ConfigureAwait(false);
        if (items.Count == 0)
        {
            return await SaveAsync(job with { Step = BatchJobStep.Done, RequestCount = 0 }, cancellationToken).ConfigureAwait(false);
        }

        using var file = new MemoryStream();
        await BatchJsonlWriter.WriteAsync(file, job.Deployment, items, cancellationToken).ConfigureAwait(false);
        file.Position = 0;
        var bytes = file.Length; // the SDK disposes the stream it uploads
        var fileId = await api.UploadAsync(job.Deployment, file, $"router-{job.JobId}.jsonl", cancellationToken).ConfigureAwait(false);
        LogUploaded(logger, job.JobId, items.Count, bytes);
        return await SaveAsync(job with { Step = BatchJobStep.Uploaded, FileId = fileId, RequestCount = items.Count }, cancellationToken).ConfigureAwait(false);
    }

    public async Task<BatchJob> SubmitAsync(BatchJob job, CancellationToken cancellationToken)
    {
        var batchId = await api.FindBatchAsync(job.Deployment, job.FileId!, cancellationToken).ConfigureAwait(false)
            ?? await api.CreateBatchAsync(job.Deployment, job.FileId!, job.JobId, cancellationToken).ConfigureAwait(false);
        var submitted = await SaveAsync(job with { Step = BatchJobStep.Submitted, BatchId = batchId }, cancellationToken).ConfigureAwait(false);
        LogSubmitted(logger, job.JobId, batchId);
        await MarkInBatchAsync(submitted, cancellationToken).ConfigureAwait(false);
        return submitted;
    }

    /// <summary>Asks for the batch's status; an ended batch moves on to ingestion with its file ids stored.</summary>
    public async Task<BatchJob> PollAsync(BatchJob job, CancellationToken cancellationToken)
    {
        var status = await api.GetBatchAsync(job.Deployment, job.BatchId!, cancellationToken).ConfigureAwait(false);
        if (status.IsTerminal)
        {
            return await SaveAsync(job with { Step = BatchJobStep.Ingesting, BatchStatus = status.Status, OutputFileId = status.OutputFileId, ErrorFileId = status.ErrorFileId }, cancellationToken).ConfigureAwait(false);
        }

        return status.Status == job.BatchStatus ? job : await SaveAsync(job with { BatchStatus = status.Status }, cancellationToken).ConfigureAwait(false);
    }

    private async Task MarkInBatchAsync(BatchJob job, CancellationToken cancellationToken)
    {
        var items = await store.ItemsOfJobAsync(job.JobId, cancellationToken).ConfigureAwait(false);
        await Parallel.ForEachAsync(items, new ParallelOptions { MaxDegreeOfParallelism = 16, CancellationToken = cancellationToken }, async (item, ct) =>
        {
            if (await results.GetAsync(item.TenantId, item.RequestId, ct).ConfigureAwait(false) is { Status: BatchResult.Queued } queued)
            {
                await results.SaveAsync(queued with { Status = BatchResult.InBatch, CompletedAt = time.GetUtcNow() }, ct).ConfigureAwait(false);
            }
        }).ConfigureAwait(false);
    }

    private async Task<BatchJob> SaveAsync(BatchJob job, CancellationToken cancellationToken)
    {
        // Conditional on the version this run holds, renewing its claim: a run whose claim was taken over stops here.
        return await store.SaveJobAsync(claims.Renewed(job with { UpdatedAt = time.GetUtcNow() }), cancellationToken).ConfigureAwait(false);
    }

    [LoggerMessage(EventId = 6502, Level = LogLevel.Information, Message = "Batch job {JobId}: uploaded {Requests} requests ({Bytes} bytes)")]
    private static partial void LogUploaded(ILogger logger, string jobId, int requests, long bytes);

    [LoggerMessage(EventId = 6503, Level = LogLevel.Information, Message = "Batch job {JobId}: submitted as batch {BatchId}")]
    private static partial void LogSubmitted(ILogger logger, string jobId, string batchId);
}
