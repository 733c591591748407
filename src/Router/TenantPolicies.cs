namespace Router;

/// <summary>
/// The one resolution of a tenant's settings, used by routing, budgets, caching, the models list and the dashboard.
/// A tenant with its own <c>Router:Tenants</c> section takes each setting it leaves unset (a null threshold or
/// budget, an empty route or term list) from the <c>default</c> tenant; a tenant without a section takes the default
/// tenant's settings whole. So a setting is never "none" because one reader looked only at the tenant's own section
/// (a key mapped to an unlisted tenant used to get the default routing but no budget at all).
/// </summary>
public static class TenantPolicies
{
    public const string DefaultTenantId = "default";

    /// <summary>The effective settings of <paramref name="tenantId"/>; built-in defaults when nothing is configured.</summary>
    public static TenantOptions Resolve(RouterOptions options, string tenantId)
    {
        var fallback = options.Tenants.GetValueOrDefault(DefaultTenantId);
        if (!options.Tenants.TryGetValue(tenantId, out var own))
        {
            return fallback ?? new TenantOptions();
        }

        if (fallback is null || ReferenceEquals(own, fallback))
        {
            return own;
        }

        return new TenantOptions
        {
            DisplayName = own.DisplayName,
            DifficultyThreshold = own.DifficultyThreshold ?? fallback.DifficultyThreshold,
            AllowedRoutes = own.AllowedRoutes.Count > 0 ? own.AllowedRoutes : fallback.AllowedRoutes,
            ConfidentialTerms = own.ConfidentialTerms.Count > 0 ? own.ConfidentialTerms : fallback.ConfidentialTerms,
            ConfidentialMarkers = own.ConfidentialMarkers.Count > 0 ? own.ConfidentialMarkers : fallback.ConfidentialMarkers,
            ExactDataMatch = own.ExactDataMatch ?? fallback.ExactDataMatch,
            DailyBudgetUsd = own.DailyBudgetUsd ?? fallback.DailyBudgetUsd,
            AllowClosedFallback = own.AllowClosedFallback,
            CacheSensitiveResponses = own.CacheSensitiveResponses,
            PrivateToolRequests = own.PrivateToolRequests,
        };
    }

    /// <summary>
    /// Whether configuration names the tenant: its own section, or an explicit entry in
    /// <see cref="RouterOptions.DefaultPolicyTenants"/> (the default tenant's policy allowed for it).
    /// </summary>
    public static bool IsKnown(RouterOptions options, string tenantId) =>
        options.Tenants.ContainsKey(tenantId) || options.DefaultPolicyTenants.Contains(tenantId, StringComparer.Ordinal);
}
