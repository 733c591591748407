using Microsoft.Extensions.Options;
using Router.Routing;

namespace Router.Tests.Routing;

public sealed class TenantResolverTests
{
    private static TenantResolver Resolver(params string[] tenantIds) =>
        new(Options.Create(new RouterOptions { Tenants = tenantIds.ToDictionary(id => id, id => new TenantOptions { DisplayName = id }) }));

    [Fact]
    public void Resolve_KnownTenant_ItsOptions()
    {
        Assert.Equal("acme", Resolver("default", "acme").Resolve("acme").DisplayName);
    }

    [Fact]
    public void Resolve_UnknownTenantWithDefault_DefaultOptions()
    {
        Assert.Equal("default", Resolver("default", "acme").Resolve("other").DisplayName);
    }

    [Fact]
    public void Resolve_UnknownTenantWithoutDefault_Refused()
    {
        var ex = Assert.Throws<PolicyRefusedException>(() => Resolver("acme").Resolve("other"));

        Assert.Contains("other", ex.Reason, StringComparison.Ordinal);
    }
}
