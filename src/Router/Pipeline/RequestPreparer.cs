using Microsoft.Extensions.Options;
using Router.Accounting;
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
    IOptions<RouterOptions> options,
    TimeProvider time)
{
    public const string CacheHitReason = "cache: exact repeat";

    public async Task<PreparedRequest> PrepareAsync(ChatRequest request, string source, CancellationToken cancellationToken)
    {
        var start = time.GetTimestamp();
        var tenant = TenantLookup.Find(options.Value, request.TenantId);
        var classification = await classifier.ClassifyAsync(request, tenant.ConfidentialTerms, cancellationToken);

        // Sensitive answers are cached only where the tenant opted in; then neither read nor written.
        var key = classification.Sensitivity.IsSensitive && !tenant.CacheSensitiveResponses ? null : CompletionCacheKey.For(request);
        var hit = key is null ? null : await cache.GetAsync(key, cancellationToken);
        var remaining = hit is null ? await budget.RemainingAsync(request.TenantId, cancellationToken) : null;

        try
        {
            var decision = policy.Decide(new RoutingContext(request, classification, request.TenantId, tenant, remaining));
            if (hit is not null)
            {
                decision = decision with { CacheHit = true, Model = hit.Model, Reasons = [.. decision.Reasons, CacheHitReason] };
            }

            return new PreparedRequest(request, source, start, classification, key, hit, decision, null, BudgetLimited: remaining is not null);
        }
        catch (PolicyRefusedException e)
        {
            return new PreparedRequest(request, source, start, classification, key, hit, null, e.Reason, e.BudgetExhausted);
        }
    }
}
