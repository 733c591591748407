using Router.Classification;
using Router.Routing;
using Router.Routing.Rules;
using static Router.Tests.Routing.RoutingFixtures;

namespace Router.Tests.Routing.Rules;

public sealed class SensitiveContentRuleTests
{
    [Fact]
    public void Apply_Clean_LeavesAllRoutes()
    {
        var state = State(Context());

        new SensitiveContentRule().Apply(state);

        Assert.Equal(3, state.Allowed.Count);
        Assert.Empty(state.Reasons);
    }

    [Fact]
    public void Apply_Sensitive_PrivateOnlyWithEntityTypesInReason()
    {
        var state = State(Context(verdict: Sensitive("email", "iban")));

        new SensitiveContentRule().Apply(state);

        Assert.Equal([Route.PrivateSmall, Route.PrivateLarge], state.Allowed.Order());
        Assert.Contains(state.Reasons, r => r.StartsWith("sensitive:", StringComparison.Ordinal) && r.Contains("email, iban", StringComparison.Ordinal));
    }

    [Fact]
    public void Apply_FailClosedVerdict_ReasonCarriesFailure()
    {
        var state = State(Context(verdict: SensitivityVerdict.FailClosed("timeout")));

        new SensitiveContentRule().Apply(state);

        Assert.DoesNotContain(Route.Closed, state.Allowed);
        Assert.Contains(state.Reasons, r => r.Contains("fail-closed: timeout", StringComparison.Ordinal));
    }

    [Fact]
    public void Apply_SensitiveAndClosedModelAsked_ReasonSaysReplaced()
    {
        var state = State(Context(verdict: Sensitive("email"), request: Request(model: "gpt-4o")));

        new SensitiveContentRule().Apply(state);

        Assert.Contains(state.Reasons, r => r.Contains("caller asked for 'gpt-4o'", StringComparison.Ordinal) && r.Contains("replaced by a private route", StringComparison.Ordinal));
    }

    [Fact]
    public void Apply_SensitiveAndPrivateModelAsked_NoReplacementReason()
    {
        var state = State(Context(verdict: Sensitive("email"), request: Request(model: SmallModel)));

        new SensitiveContentRule().Apply(state);

        Assert.DoesNotContain(state.Reasons, r => r.Contains("replaced", StringComparison.Ordinal));
    }
}
