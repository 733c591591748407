using Router.Routing;
using Router.Routing.Rules;
using static Router.Tests.Routing.RoutingFixtures;

namespace Router.Tests.Routing.Rules;

public sealed class TenantRoutesRuleTests
{
    [Fact]
    public void Apply_TenantAllowsAll_NoReason()
    {
        var state = State(Context(tenant: new TenantOptions()));

        new TenantRoutesRule().Apply(state);

        Assert.Equal(3, state.Allowed.Count);
        Assert.Empty(state.Reasons);
    }

    [Fact]
    public void Apply_TenantRestricts_NarrowedWithTenantInReason()
    {
        var state = State(Context(tenant: new TenantOptions { AllowedRoutes = [Route.PrivateSmall] }, tenantId: "acme"));

        new TenantRoutesRule().Apply(state);

        Assert.Equal([Route.PrivateSmall], state.Allowed);
        Assert.Contains(state.Reasons, r => r.Contains("tenant 'acme' allows only private-small", StringComparison.Ordinal));
    }

    [Fact]
    public void Apply_NothingLeft_Refused()
    {
        var state = State(Context(tenant: new TenantOptions { AllowedRoutes = [Route.Closed] }));
        state.Narrow([Route.PrivateSmall, Route.PrivateLarge], "sensitive", "test");

        Assert.Throws<PolicyRefusedException>(() => new TenantRoutesRule().Apply(state));
    }
}
