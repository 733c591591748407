using Microsoft.Extensions.Options;
using Router.Accounting;
using Router.Accounting.Tokens;
using Router.Caching;
using Router.Classification;
using Router.Requests;
using Router.Routing;

namespace Router.Pipeline;

/// <summary>classify → cache lookup → route. A cache hit is still routed (without budget) so the caller gets a
/// decision record and the policy can still refuse it.</summary>
internal sealed class RequestPreparer(
    IRequestClassifier classifier,
    ICompletionCache cache,
    IRoutingPolicy policy,
    IBudgetGuard budget,
    ITokenCounter tokens,
    IOptions<RouterOptions> options,
    IOptions<PipelineOptions> pipeline,
    TimeProvider time)
{
    public const string CacheHitReason = "cache: exact repeat";

    public async Task<PreparedRequest> PrepareAsync(ChatRequest request, string source, CancellationToken cancellationToken)
    {
        var start = time.GetTimestamp();
        var tenant = TenantLookup.Find(options.Value, request.TenantId);
        var classification = await classifier.ClassifyAsync(request, SensitivityScope.For(request.TenantId, tenant), cancellationToken).ConfigureAwait(false);

        // Sensitive answers are cached only where the tenant opted in; then neither read nor written.
        var key = classification.Sensitivity.IsSensitive && !tenant.CacheSensitiveResponses ? null : CompletionCacheKey.For(request);
        var hit = key is null ? null : await cache.GetAsync(key, cancellationToken).ConfigureAwait(false);
        var remaining = hit is null ? await budget.RemainingAsync(request.TenantId, cancellationToken).ConfigureAwait(false) : null;
        // Made once, for the policy's budget rule and the reservation both; without a budget neither needs it.
        var worstCase = remaining is null ? null : new WorstCaseTokens(
            tokens.CountPrompt(request), request.Parameters.MaxTokens ?? pipeline.Value.DefaultMaxCompletionTokens);

        try
        {
            var decision = policy.Decide(new RoutingContext(request, classification, request.TenantId, tenant, remaining, worstCase));
            if (hit is not null)
            {
                // The answer is the one that was served then (after a fallback, by another route than this decision's).
                decision = decision with
                {
                    CacheHit = true,
                    Route = hit.Route ?? decision.Route,
                    Backend = hit.Backend ?? decision.Backend,
                    Model = hit.Model,
                    Reasons = [.. decision.Reasons, CacheHitReason],
                };
            }

            return new PreparedRequest(request, source, start, classification, key, hit, decision, null, WorstCase: worstCase);
        }
        catch (PolicyRefusedException e)
        {
            return new PreparedRequest(request, source, start, classification, key, hit, null, e.Reason, e.BudgetExhausted) { UnsupportedParameter = e.UnsupportedParameter };
        }
    }
}
