using Microsoft.Extensions.Options;
using Router.Routing;

namespace Router.Functions.Auth;

/// <summary>
/// Startup check: every API key maps to the manager ("*") or to a tenant configuration names (its own
/// <c>Router:Tenants</c> section, or <c>Router:DefaultPolicyTenants</c>). A key for an unlisted tenant would otherwise
/// run on the default tenant's policy without anyone having decided so. The key itself is never printed.
/// </summary>
internal sealed class ApiKeyTenantsValidator(IConfiguration configuration) : IValidateOptions<RouterOptions>
{
    public ValidateOptionsResult Validate(string? name, RouterOptions options)
    {
        var unknown = configuration.GetSection(ApiKeyAuthenticator.SectionName).GetChildren()
            .Select(entry => entry.Value)
            .Where(tenant => !string.IsNullOrEmpty(tenant) && tenant != CallerIdentity.ManagerTenant && !TenantPolicies.IsKnown(options, tenant))
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal)
            .Select(tenant => $"{ApiKeyAuthenticator.SectionName}: a key maps to tenant '{tenant}', which has no Router:Tenants:{tenant} section; " +
                $"add one, or list '{tenant}' under Router:DefaultPolicyTenants to let it run on the '{TenantPolicies.DefaultTenantId}' tenant's policy.")
            .ToList();
        return unknown.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(unknown);
    }
}
