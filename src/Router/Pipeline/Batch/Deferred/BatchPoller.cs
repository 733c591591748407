using Microsoft.Extensions.Logging;

namespace Router.Pipeline.Batch.Deferred;

/// <summary>What one poll did.</summary>
public sealed record BatchPollSummary(int JobsCreated, int Uploaded, int Submitted, int Ended, int Ingested, int OpenJobs, int FailedSteps);

/// <summary>
/// One run of the batch timer: flush collected requests into batches, then move every open batch as far as it goes
/// (upload, create, poll, ingest). A step that fails is logged and tried again on the next run, from the stored state.
/// </summary>
public sealed partial class BatchPoller
{
    private readonly BatchFlusher _flusher;
    private readonly BatchSubmitter _submitter;
    private readonly BatchIngester _ingester;
    private readonly IBatchJobStore _store;
    private readonly ILogger<BatchPoller> _logger;

    internal BatchPoller(BatchFlusher flusher, BatchSubmitter submitter, BatchIngester ingester, IBatchJobStore store, ILogger<BatchPoller> logger)
    {
        _flusher = flusher;
        _submitter = submitter;
        _ingester = ingester;
        _store = store;
        _logger = logger;
    }

    public async Task<BatchPollSummary> PollAsync(CancellationToken cancellationToken = default)
    {
        var created = await _flusher.FlushAsync(cancellationToken).ConfigureAwait(false);
        int uploaded = 0, submitted = 0, ended = 0, ingested = 0, failed = 0;
        foreach (var open in await _store.OpenJobsAsync(cancellationToken).ConfigureAwait(false))
        {
            var job = open;
            try
            {
                if (job.Step == BatchJobStep.Collected)
                {
                    job = await _submitter.UploadAsync(job, cancellationToken).ConfigureAwait(false);
                    uploaded += job.Step == BatchJobStep.Uploaded ? 1 : 0;
                }

                if (job.Step == BatchJobStep.Uploaded)
                {
                    job = await _submitter.SubmitAsync(job, cancellationToken).ConfigureAwait(false);
                    submitted++;
                }

                if (job.Step == BatchJobStep.Submitted)
                {
                    job = await _submitter.PollAsync(job, cancellationToken).ConfigureAwait(false);
                    ended += job.Step == BatchJobStep.Ingesting ? 1 : 0;
                }

                if (job.Step == BatchJobStep.Ingesting)
                {
                    var tally = await _ingester.IngestAsync(job, cancellationToken).ConfigureAwait(false);
                    ingested += tally.Completed + tally.Failed + tally.Retried;
                    await _store.SaveJobAsync(job with { Step = BatchJobStep.Done }, cancellationToken).ConfigureAwait(false);
                }
            }
            catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
            {
                failed++;
                LogStepFailed(_logger, job.JobId, job.Step, e.GetType().Name);
            }
        }

        var stillOpen = (await _store.OpenJobsAsync(cancellationToken).ConfigureAwait(false)).Count;
        return new BatchPollSummary(created.Count, uploaded, submitted, ended, ingested, stillOpen, failed);
    }

    [LoggerMessage(EventId = 6505, Level = LogLevel.Warning, Message = "Batch job {JobId}: step {Step} failed ({Error}); the next poll tries again")]
    private static partial void LogStepFailed(ILogger logger, string jobId, BatchJobStep step, string error);
}
