using Router.Classification;
using Router.Routing;
using static Router.Tests.Routing.RoutingFixtures;

namespace Router.Tests.Routing;

public sealed class RuleBasedRoutingPolicyTests
{
    private static readonly IRoutingPolicy Policy = RoutingFixtures.Policy();

    public static TheoryData<string, bool, double, string, bool, string[], Route, string, Route?> Cases => new()
    {
        // name, sensitive, difficulty, model, forcePrivate, tenant allowed routes, route, model, fallback
        { "easy", false, 0.2, "auto", false, [], Route.PrivateSmall, SmallModel, Route.Closed },
        { "hard", false, 0.8, "auto", false, [], Route.Closed, ClosedModel, Route.PrivateSmall },
        { "at threshold is hard", false, 0.5, "auto", false, [], Route.Closed, ClosedModel, Route.PrivateSmall },
        { "sensitive easy", true, 0.2, "auto", false, [], Route.PrivateSmall, SmallModel, Route.PrivateLarge },
        { "sensitive hard", true, 0.9, "auto", false, [], Route.PrivateLarge, LargeModel, Route.PrivateSmall },
        { "sensitive + caller asks gpt-4o", true, 0.2, "gpt-4o", false, [], Route.PrivateSmall, SmallModel, Route.PrivateLarge },
        { "sensitive hard + caller asks gpt-4o", true, 0.9, "gpt-4o", false, [], Route.PrivateLarge, LargeModel, Route.PrivateSmall },
        { "sensitive + caller asks gpt-4.1", true, 0.9, "gpt-4.1", false, [], Route.PrivateLarge, LargeModel, Route.PrivateSmall },
        { "sensitive + caller asks private large", true, 0.1, LargeModel, false, [], Route.PrivateLarge, LargeModel, Route.PrivateSmall },
        { "force private hard", false, 0.9, "auto", true, [], Route.PrivateLarge, LargeModel, Route.PrivateSmall },
        { "force private + asks gpt-4o", false, 0.1, "gpt-4o", true, [], Route.PrivateSmall, SmallModel, null },
        { "explicit gpt-4o on easy work", false, 0.1, "gpt-4o", false, [], Route.Closed, ClosedModel, Route.PrivateSmall },
        { "explicit catalogue model", false, 0.1, "gpt-4o-mini", false, [], Route.Closed, "gpt-4o-mini", Route.PrivateSmall },
        { "explicit private small on hard work", false, 0.9, SmallModel, false, [], Route.PrivateSmall, SmallModel, Route.Closed },
        { "tenant private only, hard", false, 0.9, "auto", false, ["PrivateSmall", "PrivateLarge"], Route.PrivateLarge, LargeModel, Route.PrivateSmall },
        { "tenant closed only, easy", false, 0.1, "auto", false, ["Closed"], Route.Closed, ClosedModel, null },
        { "tenant small only, asks gpt-4o", false, 0.9, "gpt-4o", false, ["PrivateSmall"], Route.PrivateSmall, SmallModel, null },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Decide_Table_ExpectedRouteModelAndFallback(
        string name, bool sensitive, double difficulty, string model, bool forcePrivate, string[] allowed,
        Route expectedRoute, string expectedModel, Route? expectedFallback)
    {
        var tenant = new TenantOptions { AllowedRoutes = allowed.Select(Enum.Parse<Route>).ToList() };
        var context = Context(difficulty, sensitive ? Sensitive("email") : null, Request(model: model, forcePrivate: forcePrivate), tenant);

        var decision = Policy.Decide(context);

        Assert.True(expectedRoute == decision.Route, $"{name}: route {decision.Route}; reasons: {string.Join(" | ", decision.Reasons)}");
        Assert.Equal(expectedModel, decision.Model);
        Assert.Equal(expectedFallback, decision.Fallback);
        Assert.Equal(decision.Route == Route.Closed ? "azure-openai" : "gpu-worker", decision.Backend);
        Assert.NotEmpty(decision.Reasons);
    }

    [Fact]
    public void Decide_SensitiveAndCallerAsksGpt4o_ReasonSaysReplacedAndNeverClosed()
    {
        var context = Context(0.9, Sensitive("cn_resident_id", "email"), Request(model: "gpt-4o"));

        var decision = Policy.Decide(context);

        Assert.True(decision.Route.IsPrivate());
        Assert.NotEqual(Route.Closed, decision.Fallback);
        Assert.Contains(decision.Reasons, r => r.Contains("'gpt-4o'", StringComparison.Ordinal) && r.Contains("replaced", StringComparison.Ordinal));
        Assert.Equal(["cn_resident_id", "email"], decision.EntityTypes);
        Assert.Equal(SensitivityLevel.High, decision.Sensitivity);
    }

    [Fact]
    public void Decide_Anything_RecordsDifficultyAndTenantThreshold()
    {
        var decision = Policy.Decide(Context(0.55, tenant: new TenantOptions { DifficultyThreshold = 0.6 }));

        Assert.Equal(Route.PrivateSmall, decision.Route);
        Assert.Equal(0.55, decision.Difficulty);
        Assert.Equal(0.6, decision.Threshold);
    }

    [Fact]
    public void Decide_SensitiveForClosedOnlyTenant_Refused()
    {
        var tenant = new TenantOptions { AllowedRoutes = [Route.Closed] };

        var ex = Assert.Throws<PolicyRefusedException>(() => Policy.Decide(Context(0.1, Sensitive("email"), tenant: tenant)));

        Assert.Contains("No route is allowed", ex.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Decide_UnknownModel_Refused()
    {
        var ex = Assert.Throws<PolicyRefusedException>(() => Policy.Decide(Context(request: Request(model: "no-such-model"))));

        Assert.Contains("no-such-model", ex.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Decide_Reasons_NeverContainPromptText()
    {
        const string secret = "4111 1111 1111 1111";
        var context = Context(0.9, Sensitive("payment_card"), Request(prompt: $"charge {secret} please", model: "gpt-4o"));

        var decision = Policy.Decide(context);

        Assert.DoesNotContain(decision.Reasons, r => r.Contains(secret, StringComparison.Ordinal));
    }
}
