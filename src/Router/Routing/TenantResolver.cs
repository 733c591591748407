using Microsoft.Extensions.Options;

namespace Router.Routing;

internal sealed class TenantResolver(IOptions<RouterOptions> options) : ITenantResolver
{
    public TenantOptions Resolve(string tenantId)
    {
        var tenants = options.Value.Tenants;
        if (tenants.TryGetValue(tenantId, out var tenant) || tenants.TryGetValue(ITenantResolver.DefaultTenantId, out tenant))
        {
            return tenant;
        }

        throw new PolicyRefusedException($"Unknown tenant '{tenantId}' and no '{ITenantResolver.DefaultTenantId}' tenant is configured.");
    }
}
