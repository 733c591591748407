using Router.Backends;
using Router.Routing;

namespace Router.Pipeline;

/// <summary>
/// The decision as served. After a fallback it names the route, backend and model that answered, and its reasons
/// end with the fallback, so the record never says "closed" while a private model answered.
/// </summary>
internal static class ServedDecision
{
    public const string RuleName = "served-by-fallback";

    public static RouteDecision Of(RouteDecision decided, Route route, string backend, string model, FallbackRecord? fallback) =>
        decided with
        {
            Route = route,
            Backend = backend,
            Model = model,
            Reasons = fallback is null
                ? decided.Reasons
                : [.. decided.Reasons, $"{RuleName}: {fallback.From.ToWireName()} failed ({fallback.Failure}), so {fallback.To.ToWireName()} answered"],
        };
}
