using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;
using Router.Requests;

namespace Router.Pipeline.Batch;

/// <summary>What happened to one batch request. Replayed: it had already completed; the stored result is returned.
/// Conflict: the id was already used by a different request; nothing ran and <see cref="Result"/> is the earlier one.</summary>
public sealed record BatchOutcome(BatchResult Result, bool Replayed, bool Conflict = false);

/// <summary>
/// Runs one batch request at most once per (tenant, request id): a redelivered message returns the stored result.
/// Final outcomes (served, refused, non-retryable failure) are stored; transient backend failures are rethrown
/// so the queue redelivers the message.
/// <para>Messages are handled concurrently, so the same id can arrive twice at once (a producer that resends, a
/// redelivery). Within this process the second waits for the first and then finds its stored result, instead of
/// paying for the backend call again. Across instances (and against HTTP calls under the same id) the id is claimed in
/// the result store first (<see cref="RequestIdClaims"/>).</para>
/// </summary>
public sealed partial class BatchProcessor(IRequestPipeline pipeline, IBatchResultStore store, TimeProvider time, ILogger<BatchProcessor> logger, Deferred.IBatchDeferral? deferral = null)
{
    public const string Source = "queue";
    private readonly ConcurrentDictionary<(string Tenant, string Id), Task> _inFlight = new();
    private readonly RequestIdClaims _claims = new(store, time);

    /// <exception cref="PipelineException">A transient failure: the message should be retried.</exception>
    public async Task<BatchOutcome> ProcessAsync(ChatRequest request, CancellationToken cancellationToken = default)
    {
        var key = (request.TenantId, request.RequestId);
        var done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        while (!_inFlight.TryAdd(key, done.Task))
        {
            if (_inFlight.TryGetValue(key, out var running))
            {
                await running.WaitAsync(cancellationToken).ConfigureAwait(false);
            }
        }

        try
        {
            return await ProcessOnceAsync(request, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            _inFlight.TryRemove(key, out _);
            done.SetResult();
        }
    }

    private async Task<BatchOutcome> ProcessOnceAsync(ChatRequest request, CancellationToken cancellationToken)
    {
        var fingerprint = CompletionCacheKey.For(request);
        if (await _claims.TryClaimAsync(request.TenantId, request.RequestId, fingerprint, cancellationToken).ConfigureAwait(false) is { } existing)
        {
            if (existing.IsOtherRequest(fingerprint))
            {
                return new BatchOutcome(existing, Replayed: false, Conflict: true);
            }

            // "queued": collected for the Batch API, possibly without its item (a crash in between): collecting again
            // is idempotent, so the deferral below runs again instead of a replay.
            if (existing.Status is not (BatchResult.Running or BatchResult.Queued))
            {
                LogReplayed(logger, existing.Status);
                return new BatchOutcome(existing, Replayed: true);
            }

            if (existing.Status == BatchResult.Running)
            {
                // The same request claimed and not finished: most often this message's own earlier delivery, whose
                // instance crashed (waiting would burn the redeliveries and lose the message), so it runs again.
                LogRunningAgain(logger);
            }
        }

        if (deferral is not null)
        {
            BatchResult? deferred;
            try
            {
                deferred = await deferral.TryDeferAsync(request, fingerprint, cancellationToken).ConfigureAwait(false);
            }
            catch
            {
                await _claims.ReleaseAsync(request.TenantId, request.RequestId).ConfigureAwait(false);
                throw;
            }

            if (deferred is not null)
            {
                return new BatchOutcome(deferred, Replayed: false);
            }
        }

        BatchResult result;
        try
        {
            var done = await pipeline.CompleteAsync(request, Source, cancellationToken).ConfigureAwait(false);
            result = new BatchResult
            {
                RequestId = request.RequestId,
                TenantId = request.TenantId,
                Status = BatchResult.Completed,
                Content = done.Content,
                ToolCalls = done.ToolCalls,
                Model = done.Model,
                FinishReason = done.FinishReason,
                Usage = done.Usage,
                Decision = done.Decision,
                CostUsd = done.Entry.CostUsd,
                PremiumCostUsd = done.Entry.PremiumCostUsd,
                CompletedAt = time.GetUtcNow(),
                Fingerprint = fingerprint,
            };
        }
        catch (PipelineException e) when (!e.IsTransient)
        {
            result = new BatchResult
            {
                RequestId = request.RequestId,
                TenantId = request.TenantId,
                Status = e.Failure == PipelineFailure.BackendFailed ? BatchResult.Failed : BatchResult.Refused,
                CompletedAt = time.GetUtcNow(),
                Error = e.Message,
                Fingerprint = fingerprint,
            };
        }
        catch
        {
            await _claims.ReleaseAsync(request.TenantId, request.RequestId).ConfigureAwait(false);
            throw;
        }

        await store.SaveAsync(result, CancellationToken.None).ConfigureAwait(false);
        return new BatchOutcome(result, Replayed: false);
    }

    [LoggerMessage(EventId = 5201, Level = LogLevel.Warning, Message = "Batch request claimed by a call that has not finished (a crashed delivery, or the same request over HTTP); running it")]
    private static partial void LogRunningAgain(ILogger logger);

    [LoggerMessage(EventId = 5202, Level = LogLevel.Information, Message = "Batch request already processed ({Status}); returning the stored result")]
    private static partial void LogReplayed(ILogger logger, string status);
}
