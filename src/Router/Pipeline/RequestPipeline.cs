using System.Diagnostics;
using Microsoft.Extensions.Logging;
using Router.Accounting;
using Router.Accounting.Tokens;
using Router.Backends;
using Router.Caching;
using Router.Requests;

namespace Router.Pipeline;

internal sealed partial class RequestPipeline(
    RequestPreparer preparer,
    BudgetReserver reserver,
    IBackendDispatcher dispatch,
    ITokenCounter tokens,
    ICompletionCache cache,
    ISpendLedger ledger,
    LedgerEntryFactory entries,
    ILogger<RequestPipeline> logger) : IRequestPipeline
{
    public async Task<PipelineResult> CompleteAsync(ChatRequest request, string source, CancellationToken cancellationToken = default)
    {
        var answered = await AnswerAsync(request, source, cancellationToken).ConfigureAwait(false);
        await answered.AccountAsync().ConfigureAwait(false);
        return answered.Result;
    }

    public Task<AnsweredRequest> AnswerAsync(ChatRequest request, string source, CancellationToken cancellationToken = default) =>
        RequestActivity.TraceAsync(request, source, activity => AnswerAsync(request, source, activity, cancellationToken));

    private async Task<AnsweredRequest> AnswerAsync(ChatRequest request, string source, Activity? activity, CancellationToken cancellationToken)
    {
        var prepared = await preparer.PrepareAsync(request, source, cancellationToken).ConfigureAwait(false);
        RequestActivity.Prepared(activity, prepared);
        await RefuseIfNoDecisionAsync(prepared).ConfigureAwait(false);
        if (prepared.CacheHit is { } hit)
        {
            var hitEntry = entries.CacheHit(prepared);
            var hitResult = new PipelineResult(request.RequestId, hit.Content, hit.Model, hit.FinishReason, hit.Usage, prepared.Decision!, hitEntry) { ToolCalls = hit.ToolCalls };
            return new AnsweredRequest(hitResult, () => ledger.RecordAsync(hitEntry, CancellationToken.None));
        }

        var reservation = await reserver.ReserveAsync(prepared, entries, ledger, cancellationToken).ConfigureAwait(false);
        DispatchResult served;
        try
        {
            served = await dispatch.DispatchAsync(prepared.Decision!, prepared.Classification.Sensitivity, ToBackend(request, prepared), cancellationToken).ConfigureAwait(false);
        }
        catch (BackendException e)
        {
            await reservation.DisposeAsync().ConfigureAwait(false);
            throw await FailAsync(prepared, e).ConfigureAwait(false);
        }
        catch
        {
            await reservation.DisposeAsync().ConfigureAwait(false);
            throw;
        }

        RequestActivity.Served(activity, served);
        var entry = entries.Served(prepared, served);
        var completion = served.Completion;
        if (prepared.CacheKey is { } key)
        {
            // Before the answer goes out, so a repeat sent after it is always a hit. The caches absorb their own
            // outages; anything else must still not cost the paid call its ledger row.
            try
            {
                await cache.SetAsync(key, new CachedCompletion(completion.Content, served.Model, completion.FinishReason, completion.Usage, entry.CostUsd) { ToolCalls = completion.ToolCalls, Route = served.Route, Backend = served.Backend }, CancellationToken.None).ConfigureAwait(false);
            }
            catch (Exception e)
            {
                LogCacheWriteFailed(logger, e.GetType().Name);
            }
        }

        var decision = ServedDecision.Of(prepared.Decision!, served.Route, served.Backend, served.Model, served.Fallback);
        var result = new PipelineResult(request.RequestId, completion.Content, served.Model, completion.FinishReason, completion.Usage, decision, entry) { ToolCalls = completion.ToolCalls };
        return new AnsweredRequest(result, () => AccountAsync(entry, reservation));
    }

    /// <summary>Accounting must survive a caller that hangs up after the backend was paid: no caller token here.</summary>
    private async Task AccountAsync(LedgerEntry entry, IBudgetReservation reservation)
    {
        await using (reservation)
        {
            await ledger.RecordAsync(entry, CancellationToken.None).ConfigureAwait(false);
            await reservation.SettleAsync(entry.CostUsd, CancellationToken.None).ConfigureAwait(false);
        }

        LogServed(logger, entry.Route, entry.Model, entry.PromptTokens, entry.CompletionTokens);
    }

    /// <summary>Its <c>router.request</c> span ends once the stream is open (the route that serves it is known).</summary>
    public Task<PipelineStream> StreamAsync(ChatRequest request, string source, CancellationToken cancellationToken = default) =>
        RequestActivity.TraceAsync(request, source, activity => StreamAsync(request, source, activity, cancellationToken));

    private async Task<PipelineStream> StreamAsync(ChatRequest request, string source, Activity? activity, CancellationToken cancellationToken)
    {
        var prepared = await preparer.PrepareAsync(request, source, cancellationToken).ConfigureAwait(false);
        RequestActivity.Prepared(activity, prepared);
        await RefuseIfNoDecisionAsync(prepared).ConfigureAwait(false);
        if (prepared.CacheHit is not null)
        {
            return new PipelineStream(prepared, null, null, this);
        }

        var reservation = await reserver.ReserveAsync(prepared, entries, ledger, cancellationToken).ConfigureAwait(false);
        try
        {
            // Opened here, before any header goes out, so the caller sees the route that really serves the stream.
            var opened = await dispatch.StreamAsync(prepared.Decision!, prepared.Classification.Sensitivity, ToBackend(request, prepared), cancellationToken).ConfigureAwait(false);
            return new PipelineStream(prepared, reservation, opened, this);
        }
        catch (BackendException e)
        {
            await reservation.DisposeAsync().ConfigureAwait(false);
            throw await FailAsync(prepared, e).ConfigureAwait(false);
        }
        catch
        {
            // A caller who cancels while the stream opens (or any other failure) must not hold the budget until
            // the reservation times out.
            await reservation.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    internal BackendRequest ToBackend(ChatRequest request, PreparedRequest prepared) =>
        new(prepared.Decision!.Model, request.Messages, request.Parameters) { ToolsAndFormat = request.ToolsAndFormat };

    internal ITokenCounter Tokens => tokens;
    internal ICompletionCache Cache => cache;
    internal ISpendLedger Ledger => ledger;
    internal LedgerEntryFactory Entries => entries;

    internal async Task<PipelineException> FailAsync(PreparedRequest prepared, BackendException e)
    {
        var failure = e.Failure.ToString();
        await ledger.RecordAsync(entries.Failed(prepared, $"error:{failure}", $"backend failed: {failure}"), CancellationToken.None).ConfigureAwait(false);
        return Failed(e);
    }

    /// <summary>The caller's error for a backend failure whose ledger row is already written.</summary>
    internal PipelineException Failed(BackendException e)
    {
        var failure = e.Failure.ToString();
        LogBackendFailed(logger, e.Backend, failure);
        return new PipelineException(PipelineFailure.BackendFailed, $"The backend '{e.Backend}' failed ({failure}).", e.Failure, e.RetryAfter, e);
    }

    private async Task RefuseIfNoDecisionAsync(PreparedRequest prepared)
    {
        if (prepared.Decision is not null)
        {
            return;
        }

        await ledger.RecordAsync(entries.Failed(prepared, "refused", $"policy refused: {prepared.RefusalReason}"), CancellationToken.None).ConfigureAwait(false);
        // A budget shortfall found by the policy is the same outcome as one found by the reservation: 429.
        if (prepared.UnsupportedParameter is { } parameter)
        {
            throw new PipelineException(PipelineFailure.UnsupportedParameter, prepared.RefusalReason ?? "unsupported parameter") { Parameter = parameter };
        }

        throw new PipelineException(prepared.RefusedForBudget ? PipelineFailure.BudgetExhausted : PipelineFailure.PolicyRefused, prepared.RefusalReason ?? "policy refused");
    }

    [LoggerMessage(EventId = 5001, Level = LogLevel.Information, Message = "Served on {Route} by {Model}: {PromptTokens} prompt + {CompletionTokens} completion tokens")]
    private static partial void LogServed(ILogger logger, string route, string model, int promptTokens, int completionTokens);

    [LoggerMessage(EventId = 5002, Level = LogLevel.Warning, Message = "Completion not cached ({ErrorType})")]
    private static partial void LogCacheWriteFailed(ILogger logger, string errorType);

    [LoggerMessage(EventId = 5003, Level = LogLevel.Warning, Message = "Backend {Backend} failed: {Failure}")]
    private static partial void LogBackendFailed(ILogger logger, string backend, string failure);
}
