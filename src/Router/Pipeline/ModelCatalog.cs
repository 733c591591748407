using Router.Routing;

namespace Router.Pipeline;

/// <summary>The models callers may name: those serving a route, and for a tenant those of its allowed routes.</summary>
public static class ModelCatalog
{
    public static bool IsKnown(RouterOptions options, string model) =>
        string.Equals(model, Requests.ChatRequest.AutoModel, StringComparison.Ordinal)
        || options.Routes.Values.Any(t => string.Equals(t.Model, model, StringComparison.Ordinal));

    /// <summary>Distinct models of the tenant's allowed routes, in route order.</summary>
    public static IReadOnlyList<(string Model, Route Route)> AllowedFor(RouterOptions options, string tenantId)
    {
        var tenant = TenantLookup.Find(options, tenantId);
        return options.Routes
            .Where(r => tenant.EffectiveAllowedRoutes.Contains(r.Key))
            .OrderBy(r => r.Key)
            .Select(r => (r.Value.Model, r.Key))
            .DistinctBy(r => r.Model, StringComparer.Ordinal)
            .ToList();
    }
}
