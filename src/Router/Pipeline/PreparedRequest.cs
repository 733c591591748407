using Router.Caching;
using Router.Classification;
using Router.Requests;
using Router.Routing;

namespace Router.Pipeline;

/// <summary>A request after classify, cache lookup and routing: everything known before dispatch.
/// <see cref="WorstCase"/> is null when the tenant has no daily budget (nothing to reserve, nothing counted).</summary>
internal sealed record PreparedRequest(
    ChatRequest Request,
    string Source,
    long StartTimestamp,
    RequestClassification Classification,
    string? CacheKey,
    CachedCompletion? CacheHit,
    RouteDecision? Decision,
    string? RefusalReason,
    bool RefusedForBudget = false,
    WorstCaseTokens? WorstCase = null)
{
    /// <summary>Set when the refusal is a parameter no allowed route can honour.</summary>
    public string? UnsupportedParameter { get; init; }
}
