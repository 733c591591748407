using Microsoft.Extensions.Logging;

namespace Router.Pipeline.Batch.Deferred;

/// <summary>What one poll did. <see cref="ClaimedElsewhere"/>: open jobs left alone because another poll run holds them.</summary>
public sealed record BatchPollSummary(int JobsCreated, int Uploaded, int Submitted, int Ended, int Ingested, int OpenJobs, int FailedSteps, int ClaimedElsewhere = 0);

/// <summary>
/// One run of the batch timer: flush collected requests into batches, then move every open batch as far as it goes
/// (upload, create, poll, ingest). A step that fails is logged and tried again on the next run, from the stored state.
/// Each job is claimed first (<see cref="BatchJobClaims"/>): a job another run holds is left to it.
/// </summary>
public sealed partial class BatchPoller
{
    private readonly BatchFlusher _flusher;
    private readonly BatchSubmitter _submitter;
    private readonly BatchIngester _ingester;
    private readonly IBatchJobStore _store;
    private readonly BatchJobClaims _claims;
    private readonly ILogger<BatchPoller> _logger;

    internal BatchPoller(BatchFlusher flusher, BatchSubmitter submitter, BatchIngester ingester, IBatchJobStore store, BatchJobClaims claims, ILogger<BatchPoller> logger)
    {
        _flusher = flusher;
        _submitter = submitter;
        _ingester = ingester;
        _store = store;
        _claims = claims;
        _logger = logger;
    }

    public async Task<BatchPollSummary> PollAsync(CancellationToken cancellationToken = default)
    {
        var owner = BatchJobClaims.NewOwner();
        var created = await _flusher.FlushAsync(owner, cancellationToken).ConfigureAwait(false);
        int uploaded = 0, submitted = 0, ended = 0, ingested = 0, failed = 0, elsewhere = 0;
        foreach (var open in await _store.OpenJobsAsync(cancellationToken).ConfigureAwait(false))
        {
            if (await _claims.TryClaimAsync(open, owner, cancellationToken).ConfigureAwait(false) is not { } job)
            {
                elsewhere++;
                continue;
            }

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
                    job = await _store.SaveJobAsync(job with { Step = BatchJobStep.Done, ClaimedBy = null, ClaimedUntil = null }, cancellationToken).ConfigureAwait(false);
                }
            }
            catch (BatchJobConflictException)
            {
                // This run's claim ran out and another run took the job over: it goes on from what is stored.
                elsewhere++;
                LogTakenOver(_logger, job.JobId, job.Step);
            }
            catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
            {
                failed++;
                LogStepFailed(_logger, job.JobId, job.Step, e.GetType().Name);
            }
            finally
            {
                if (job.Step != BatchJobStep.Done)
                {
                    await _claims.ReleaseAsync(job.JobId, owner).ConfigureAwait(false);
                }
            }
        }

        var stillOpen = (await _store.OpenJobsAsync(cancellationToken).ConfigureAwait(false)).Count;
        return new BatchPollSummary(created.Count, uploaded, submitted, ended, ingested, stillOpen, failed, elsewhere);
    }

    [LoggerMessage(EventId = 6505, Level = LogLevel.Warning, Message = "Batch job {JobId}: step {Step} failed ({Error}); the next poll tries again")]
    private static partial void LogStepFailed(ILogger logger, string jobId, BatchJobStep step, string error);

    [LoggerMessage(EventId = 6508, Level = LogLevel.Warning, Message = "Batch job {JobId}: taken over by another poll at step {Step} (this run's claim ran out); left to it")]
    private static partial void LogTakenOver(ILogger logger, string jobId, BatchJobStep step);
}
