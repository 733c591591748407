namespace Router.Routing;

/// <summary>Finds a tenant's policy settings. An unknown tenant gets the "default" tenant if one is configured.</summary>
public interface ITenantResolver
{
    public const string DefaultTenantId = TenantPolicies.DefaultTenantId;

    /// <exception cref="PolicyRefusedException">The tenant is unknown and no "default" tenant is configured.</exception>
    TenantOptions Resolve(string tenantId);
}
