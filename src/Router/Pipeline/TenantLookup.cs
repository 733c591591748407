using Router.Routing;

namespace Router.Pipeline;

/// <summary>A tenant's policy: its own section, else the "default" tenant's, else built-in defaults.</summary>
internal static class TenantLookup
{
    public const string DefaultTenantId = ITenantResolver.DefaultTenantId;

    public static TenantOptions Find(RouterOptions options, string tenantId) =>
        options.Tenants.GetValueOrDefault(tenantId)
        ?? options.Tenants.GetValueOrDefault(DefaultTenantId)
        ?? new TenantOptions();
}
