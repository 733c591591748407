using Router.Routing;
using Router.Routing.Rules;
using static Router.Tests.Routing.RoutingFixtures;

namespace Router.Tests.Routing.Rules;

public sealed class ForcePrivateRuleTests
{
    [Fact]
    public void Apply_ForcePrivate_ClosedRemoved()
    {
        var state = State(Context(request: Request(forcePrivate: true)));

        new ForcePrivateRule().Apply(state);

        Assert.DoesNotContain(Route.Closed, state.Allowed);
        Assert.Single(state.Reasons);
    }

    [Fact]
    public void Apply_NotForced_Unchanged()
    {
        var state = State(Context());

        new ForcePrivateRule().Apply(state);

        Assert.Contains(Route.Closed, state.Allowed);
        Assert.Empty(state.Reasons);
    }
}
