using Router.Routing;
using Router.Routing.Rules;
using static Router.Tests.Routing.RoutingFixtures;

namespace Router.Tests.Routing.Rules;

public sealed class DifficultyRuleTests
{
    [Theory]
    [InlineData(0.49, null, Route.PrivateSmall)]
    [InlineData(0.50, null, Route.Closed)]
    [InlineData(0.65, 0.7, Route.PrivateSmall)]
    [InlineData(0.70, 0.7, Route.Closed)]
    [InlineData(0.05, 0.0, Route.Closed)]
    public void Apply_DifficultyAgainstThreshold_Route(double difficulty, double? tenantThreshold, Route expected)
    {
        var state = State(Context(difficulty, tenant: new TenantOptions { DifficultyThreshold = tenantThreshold }));

        new DifficultyRule().Apply(state);

        Assert.Equal(expected, state.Chosen);
    }

    [Fact]
    public void Apply_HardButClosedNotAllowed_PrivateLarge()
    {
        var state = State(Context(0.9, Sensitive("email")));
        state.Narrow([Route.PrivateSmall, Route.PrivateLarge], "sensitive", "test");

        new DifficultyRule().Apply(state);

        Assert.Equal(Route.PrivateLarge, state.Chosen);
        Assert.Contains(state.Reasons, r => r.Contains("0.90 ≥ threshold 0.50 ⇒ private-large", StringComparison.Ordinal));
    }

    [Fact]
    public void Apply_AlreadyChosen_KeepsChoice()
    {
        var state = State(Context(0.9));
        state.Choose(Route.PrivateSmall, "model", "test");

        new DifficultyRule().Apply(state);

        Assert.Equal(Route.PrivateSmall, state.Chosen);
        Assert.Single(state.Reasons);
    }

    [Fact]
    public void Apply_RaisedByToolFactors_ReasonGivesTextScoreAndEachFactor()
    {
        var raised = new Router.Classification.RequestClassification(Router.Classification.SensitivityVerdict.Clean, 0.55)
        {
            TextDifficulty = 0.46,
            DifficultyFactors = ["8 tools to choose from +0.45", "1 tool round in the history +0.10"],
        };
        var state = State(Context() with { Classification = raised });

        new DifficultyRule().Apply(state);

        Assert.Equal(Route.Closed, state.Chosen);
        Assert.Equal(
            "difficulty: difficulty 0.55 (text 0.46; raised in log-odds by 8 tools to choose from +0.45, 1 tool round in the history +0.10) ≥ threshold 0.50 ⇒ closed",
            Assert.Single(state.Reasons));
    }

    [Fact]
    public void Apply_PlainClassification_ReasonUnchanged()
    {
        var state = State(Context(0.3));

        new DifficultyRule().Apply(state);

        Assert.Equal("difficulty: difficulty 0.30 < threshold 0.50 ⇒ private-small", Assert.Single(state.Reasons));
    }
}
