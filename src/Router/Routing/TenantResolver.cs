using Microsoft.Extensions.Options;

namespace Router.Routing;

internal sealed class TenantResolver(IOptions<RouterOptions> options) : ITenantResolver
{
    public TenantOptions Resolve(string tenantId)
    {
        var tenants = options.Value.Tenants;
        if (tenants.ContainsKey(tenantId) || tenants.ContainsKey(ITenantResolver.DefaultTenantId))
        {
            return TenantPolicies.Resolve(options.Value, tenantId);
        }

        throw new PolicyRefusedException($"Unknown tenant '{tenantId}' and no '{ITenantResolver.DefaultTenantId}' tenant is configured.");
    }
}
