using Router.Routing;
using static Router.Tests.Routing.RoutingFixtures;

namespace Router.Tests.Routing;

public sealed class FallbackSelectorTests
{
    [Theory]
    [InlineData(false, true, Route.PrivateSmall, Route.Closed)]
    [InlineData(false, false, Route.PrivateSmall, null)]
    [InlineData(false, true, Route.Closed, Route.PrivateSmall)]
    [InlineData(false, true, Route.PrivateLarge, Route.PrivateSmall)]
    [InlineData(true, true, Route.PrivateSmall, Route.PrivateLarge)]
    [InlineData(true, true, Route.PrivateLarge, Route.PrivateSmall)]
    public void Select_SensitivityTenantAndRoute_PermittedFallback(bool sensitive, bool allowClosedFallback, Route chosen, Route? expected)
    {
        var tenant = new TenantOptions { AllowClosedFallback = allowClosedFallback };
        var state = State(Context(verdict: sensitive ? Sensitive("email") : null, tenant: tenant));
        if (sensitive)
        {
            state.Narrow([Route.PrivateSmall, Route.PrivateLarge], "test", "sensitive");
        }

        Assert.Equal(expected, FallbackSelector.Select(state, chosen));
        Assert.Contains(state.Reasons, r => r.StartsWith("fallback:", StringComparison.Ordinal));
    }

    [Fact]
    public void Select_FallbackRouteNotAllowed_None()
    {
        var state = State(Context());
        state.Narrow([Route.Closed, Route.PrivateLarge], "tenant", "no small");

        Assert.Null(FallbackSelector.Select(state, Route.Closed));
    }
}
