using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Router.Accounting;

namespace Router.Pipeline.Batch.Deferred;

/// <summary>
/// Reads an ended batch's output and error files into one result and one ledger row per request. Re-reading after a
/// crash is safe: a request whose result is already final is skipped, and a ledger row written twice for the same
/// request overwrites itself (the ledger is keyed by tenant and request id, and the row keeps the time the request was
/// received, so a second write lands on the same day's key). Each request's budget is then settled to its actual cost. The row is written before the result,
/// so a final result always has its row. Requests the batch did not answer (expired, failed, cancelled) run again on
/// the standard route or are stored as failed, as their tenant chose (<see cref="TenantOptions.BatchFailures"/>).
/// </summary>
internal sealed partial class BatchIngester(
    IBatchJobStore store,
    IBatchApiClient api,
    IBatchResultStore results,
    ISpendLedger ledger,
    BatchLedgerRows rows,
    IRequestPipeline pipeline,
    IBudgetGuard budget,
    IOptions<RouterOptions> router,
    IOptionsMonitor<BatchApiOptions> options,
    TimeProvider time,
    ILogger<BatchIngester> logger)
{
    private const int Parallelism = 16;

    public async Task<BatchIngestion> IngestAsync(BatchJob job, CancellationToken cancellationToken)
    {
        var items = (await store.ItemsOfJobAsync(job.JobId, cancellationToken).ConfigureAwait(false)).ToDictionary(i => i.RequestId, StringComparer.Ordinal);
        var answered = new ConcurrentDictionary<string, bool>(StringComparer.Ordinal);
        var tally = new BatchIngestion();
        var label = DeploymentLabel(job.Deployment);
        foreach (var fileId in new[] { job.OutputFileId, job.ErrorFileId }.OfType<string>())
        {
            var file = await api.DownloadAsync(job.Deployment, fileId, cancellationToken).ConfigureAwait(false);
            var lines = BatchOutputLine.ReadAll(file).Where(l => items.ContainsKey(l.CustomId) && answered.TryAdd(l.CustomId, true));
            await Parallel.ForEachAsync(lines, Options(cancellationToken), async (line, ct) =>
                tally.Count(await IngestLineAsync(items[line.CustomId], label, line, ct).ConfigureAwait(false))).ConfigureAwait(false);
        }

        var missing = items.Values.Where(i => !answered.ContainsKey(i.RequestId)).ToList();
        var reason = $"the batch ended '{job.BatchStatus}' without an answer for this request";
        await Parallel.ForEachAsync(missing, Options(cancellationToken), async (item, ct) =>
            tally.Count(await IsFinalAsync(item, ct).ConfigureAwait(false) ? Ingested.Skipped : await FailAsync(item, reason, ct).ConfigureAwait(false))).ConfigureAwait(false);
        LogIngested(logger, job.JobId, tally.Completed, tally.Failed, tally.Retried, tally.Skipped);
        return tally;
    }

    private async Task<Ingested> IngestLineAsync(BatchItem item, string label, BatchOutputLine line, CancellationToken cancellationToken)
    {
        var stored = await results.GetAsync(item.TenantId, item.RequestId, cancellationToken).ConfigureAwait(false);
        if (stored is { IsFinal: true })
        {
            return Ingested.Skipped;
        }

        if (!line.Succeeded)
        {
            return await FailAsync(item, line.Error ?? "batch request failed", cancellationToken).ConfigureAwait(false);
        }

        var completion = line.Completion!;
        var entry = rows.Served(item, label, completion);
        await ledger.RecordAsync(entry, CancellationToken.None).ConfigureAwait(false);
        await results.SaveAsync(Result(item, BatchResult.Completed, stored?.Decision) with
        {
            Content = completion.Content,
            Model = entry.Model,
            FinishReason = completion.FinishReason,
            Usage = completion.Usage,
            CostUsd = entry.CostUsd,
            PremiumCostUsd = entry.PremiumCostUsd,
        }, CancellationToken.None).ConfigureAwait(false);
        await SettleBudgetAsync(item, entry.CostUsd).ConfigureAwait(false);
        return Ingested.Completed;
    }

    private async Task<Ingested> FailAsync(BatchItem item, string reason, CancellationToken cancellationToken)
    {
        if (TenantLookup.Find(router.Value, item.TenantId).BatchFailures == BatchFailurePolicy.RetryStandard)
        {
            return await RetryAsync(item, reason, cancellationToken).ConfigureAwait(false);
        }

        var entry = rows.Failed(item, reason);
        await ledger.RecordAsync(entry, CancellationToken.None).ConfigureAwait(false);
        await results.SaveAsync(Result(item, BatchResult.Failed, null) with { Error = reason }, CancellationToken.None).ConfigureAwait(false);
        await SettleBudgetAsync(item, 0m).ConfigureAwait(false);
        return Ingested.Failed;
    }

    /// <summary>On the standard route, as the message would have run without a window. A transient failure propagates:
    /// the job stays in ingestion and the next poll tries the requests still without a final result.</summary>
    private async Task<Ingested> RetryAsync(BatchItem item, string reason, CancellationToken cancellationToken)
    {
        var request = DeferredRequest.Parse(item.Request).ToChatRequest(item.TenantId, item.RequestId);
        BatchResult result;
        try
        {
            var done = await pipeline.CompleteAsync(request, BatchProcessor.Source, cancellationToken).ConfigureAwait(false);
            result = Result(item, BatchResult.Completed, done.Decision) with
            {
                Content = done.Content,
                Model = done.Model,
                FinishReason = done.FinishReason,
                Usage = done.Usage,
                CostUsd = done.Entry.CostUsd,
                PremiumCostUsd = done.Entry.PremiumCostUsd,
            };
        }
        catch (PipelineException e) when (!e.IsTransient)
        {
            result = Result(item, e.Failure == PipelineFailure.BackendFailed ? BatchResult.Failed : BatchResult.Refused, null) with
            {
                Error = $"{reason}; the retry on the standard route failed: {e.Message}",
            };
        }

        await results.SaveAsync(result, CancellationToken.None).ConfigureAwait(false);
        // The batch billed nothing for it; the standard call reserved and settled its own cost.
        await SettleBudgetAsync(item, 0m).ConfigureAwait(false);
        return Ingested.Retried;
    }

    /// <summary>
    /// The worst case kept as spent on the day the request was collected becomes what the request really cost. After
    /// the final result, so it happens at most once: a request whose result is final is skipped when a batch is read
    /// again, and the job's claim keeps a second poller off it. A crash between the two leaves the worst case counted
    /// (stricter, never looser).
    /// </summary>
    private async Task SettleBudgetAsync(BatchItem item, decimal actualUsd)
    {
        if (item.ReservedUsd != actualUsd)
        {
            await budget.ReviseSpentAsync(item.TenantId, DateOnly.FromDateTime(item.CollectedAt.UtcDateTime), item.ReservedUsd, actualUsd, CancellationToken.None).ConfigureAwait(false);
        }
    }

    private async Task<bool> IsFinalAsync(BatchItem item, CancellationToken cancellationToken) =>
        await results.GetAsync(item.TenantId, item.RequestId, cancellationToken).ConfigureAwait(false) is { IsFinal: true };

    private BatchResult Result(BatchItem item, string status, Routing.RouteDecision? decision) => new()
    {
        RequestId = item.RequestId,
        TenantId = item.TenantId,
        Status = status,
        Decision = decision,
        CompletedAt = time.GetUtcNow(),
        Fingerprint = item.Fingerprint,
    };

    private string DeploymentLabel(string deployment) =>
        options.CurrentValue.Deployments.FirstOrDefault(d => d.Deployment == deployment) is { } d
        && Uri.TryCreate(d.Endpoint, UriKind.Absolute, out var endpoint) ? $"{deployment}@{endpoint.Host}" : deployment;

    private static ParallelOptions Options(CancellationToken cancellationToken) => new() { MaxDegreeOfParallelism = Parallelism, CancellationToken = cancellationToken };

    [LoggerMessage(EventId = 6504, Level = LogLevel.Information, Message = "Batch job {JobId} ingested: {Completed} completed, {Failed} failed, {Retried} retried on the standard route, {Skipped} already done")]
    private static partial void LogIngested(ILogger logger, string jobId, int completed, int failed, int retried, int skipped);
}

internal enum Ingested
{
    Completed,
    Failed,
    Retried,
    Skipped,
}

/// <summary>What one ingestion did, counted across its parallel workers.</summary>
public sealed class BatchIngestion
{
    private int _completed, _failed, _retried, _skipped;

    public int Completed => _completed;
    public int Failed => _failed;
    public int Retried => _retried;
    public int Skipped => _skipped;

    internal void Count(Ingested outcome) => _ = outcome switch
    {
        Ingested.Completed => Interlocked.Increment(ref _completed),
        Ingested.Failed => Interlocked.Increment(ref _failed),
        Ingested.Retried => Interlocked.Increment(ref _retried),
        _ => Interlocked.Increment(ref _skipped),
    };
}
