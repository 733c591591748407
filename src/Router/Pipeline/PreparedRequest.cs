using Router.Caching;
using Router.Classification;
using Router.Requests;
using Router.Routing;

namespace Router.Pipeline;

/// <summary>A request after classify, cache lookup and routing: everything known before dispatch.</summary>
internal sealed record PreparedRequest(
    ChatRequest Request,
    string Source,
    long StartTimestamp,
    RequestClassification Classification,
    string? CacheKey,
    CachedCompletion? CacheHit,
    RouteDecision? Decision,
    string? RefusalReason,
    bool RefusedForBudget = false);
