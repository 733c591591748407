using System.Text.Json;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Router.Accounting;
using Router.Accounting.Pricing;
using Router.Requests;

namespace Router.Pipeline.Batch.Deferred;

/// <summary>
/// Collects a queue message with a completion window (its own or its tenant's) when it is routed to the closed route
/// and that model has a batch deployment: the worst case at the batch price is taken from the budget, the request is
/// stored (<see cref="IBatchJobStore"/>), and its result reads <c>queued</c>. Everything else is answered at once.
/// Sensitive requests never get here: the policy keeps them on private routes.
/// </summary>
internal sealed partial class BatchDeferral(
    RequestPreparer preparer,
    LedgerEntryFactory entries,
    IBudgetGuard budget,
    IPriceCatalog prices,
    ISpendLedger ledger,
    IBatchJobStore store,
    IBatchResultStore results,
    IOptionsMonitor<BatchApiOptions> options,
    IOptions<RouterOptions> router,
    TimeProvider time,
    ILogger<BatchDeferral> logger) : IBatchDeferral
{
    /// <summary>Longest request text kept in a table row with room to spare for its ledger template.</summary>
    private const int MaxRequestChars = 300_000;

    public async Task<BatchResult?> TryDeferAsync(ChatRequest request, string fingerprint, CancellationToken cancellationToken = default)
    {
        var settings = options.CurrentValue;
        var window = request.CompletionWindow ?? TenantLookup.Find(router.Value, request.TenantId).BatchCompletionWindow;
        if (window is null || !settings.IsEnabled || !DeferredRequest.CanDefer(request))
        {
            return null;
        }

        var prepared = await preparer.PrepareAsync(request, BatchProcessor.Source, cancellationToken).ConfigureAwait(false);
        if (prepared.Decision is not { Route: Route.Closed, CacheHit: false } decision
            || settings.Deployments.FirstOrDefault(d => d.Model == decision.Model) is not { } deployment
            || !prices.TryGetDeployment(deployment.Deployment, out var price))
        {
            return null;
        }

        var deferred = DeferredRequest.From(request).ToJson();
        if (deferred.Length > MaxRequestChars)
        {
            return null;
        }

        var worstCase = prepared.WorstCase is { } basis ? price.Unit.TokenCost(basis.PromptTokens, 0, basis.MaxCompletionTokens) : 0m;
        var reservation = await budget.TryReserveAsync(request.TenantId, worstCase, CancellationToken.None).ConfigureAwait(false);
        if (reservation is null)
        {
            await ledger.RecordAsync(entries.Failed(prepared, "refused", "budget: daily budget exhausted"), CancellationToken.None).ConfigureAwait(false);
            var refused = Result(request, BatchResult.Refused, fingerprint, decision) with
            {
                Error = $"The daily budget of tenant '{request.TenantId}' cannot cover this request (worst case at batch price {worstCase:0.######} USD).",
            };
            await results.SaveAsync(refused, CancellationToken.None).ConfigureAwait(false);
            return refused;
        }

        var reason = $"batch: completion window {window}, deployment {deployment.Deployment}";
        var queued = Result(request, BatchResult.Queued, fingerprint, decision with { Reasons = [.. decision.Reasons, reason] });
        await using (reservation)
        {
            // The result first, then the item: once the item is stored a batch may take it and store the final result,
            // which this must never overwrite (only this call's "running" claim is replaced). A crash in between leaves
            // "queued" without an item; the redelivered
            // message comes back here (BatchProcessor does not replay "queued") and stores the item then.
            if (await results.GetAsync(request.TenantId, request.RequestId, cancellationToken).ConfigureAwait(false) is null or { Status: BatchResult.Running })
            {
                await results.SaveAsync(queued, CancellationToken.None).ConfigureAwait(false);
            }

            var template = entries.Deferred(prepared) with { Reasons = [.. decision.Reasons, reason] };
            var item = new BatchItem
            {
                TenantId = request.TenantId,
                RequestId = request.RequestId,
                Deployment = deployment.Deployment,
                Request = deferred,
                LedgerTemplate = JsonSerializer.Serialize(template, LedgerJsonContext.Default.LedgerEntry),
                ReservedUsd = worstCase,
                CollectedAt = time.GetUtcNow(),
                Fingerprint = fingerprint,
            };

            // The worst case stays spent for the day it was collected: a batch may end after any reservation times out.
            if (await store.TryAddItemAsync(item, cancellationToken).ConfigureAwait(false))
            {
                await reservation.SettleAsync(worstCase, CancellationToken.None).ConfigureAwait(false);
                LogCollected(logger, deployment.Deployment);
            }
        }

        return queued;
    }

    private BatchResult Result(ChatRequest request, string status, string fingerprint, Routing.RouteDecision decision) => new()
    {
        RequestId = request.RequestId,
        TenantId = request.TenantId,
        Status = status,
        Model = decision.Model,
        Decision = decision,
        CompletedAt = time.GetUtcNow(),
        Fingerprint = fingerprint,
    };

    [LoggerMessage(EventId = 6501, Level = LogLevel.Debug, Message = "Request collected for batch deployment {Deployment}")]
    private static partial void LogCollected(ILogger logger, string deployment);
}
