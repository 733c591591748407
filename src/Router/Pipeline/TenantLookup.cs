using Router.Routing;

namespace Router.Pipeline;

/// <summary>A tenant's effective policy (<see cref="TenantPolicies.Resolve"/>).</summary>
internal static class TenantLookup
{
    public const string DefaultTenantId = ITenantResolver.DefaultTenantId;

    public static TenantOptions Find(RouterOptions options, string tenantId) => TenantPolicies.Resolve(options, tenantId);
}
