namespace Router.Functions.Auth;

/// <summary>Who is calling: one tenant, or the manager key (tenant "*") that may see every tenant.</summary>
public sealed record CallerIdentity(string TenantId)
{
    public const string ManagerTenant = "*";

    public bool IsManager => TenantId == ManagerTenant;

    /// <summary>The tenant a request is made for: a tenant key is always its own tenant; the manager names one.</summary>
    public bool MayActFor(string tenantId) => IsManager || string.Equals(TenantId, tenantId, StringComparison.Ordinal);
}
