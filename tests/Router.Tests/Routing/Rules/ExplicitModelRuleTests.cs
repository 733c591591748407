using Microsoft.Extensions.DependencyInjection;
using Router.Routing;
using Router.Routing.Rules;
using static Router.Tests.Routing.RoutingFixtures;

namespace Router.Tests.Routing.Rules;

public sealed class ExplicitModelRuleTests
{
    private static readonly ExplicitModelRule Rule = new(Services().GetRequiredService<IModelCatalog>());

    [Fact]
    public void Apply_Auto_ChoosesNothing()
    {
        var state = State(Context());

        Rule.Apply(state);

        Assert.Null(state.Chosen);
    }

    [Theory]
    [InlineData(SmallModel, Route.PrivateSmall, SmallModel)]
    [InlineData(LargeModel, Route.PrivateLarge, LargeModel)]
    [InlineData("gpt-4o", Route.Closed, "gpt-4o")]
    [InlineData("gpt-4.1", Route.Closed, "gpt-4.1")]
    public void Apply_KnownModel_ChosenOnItsRoute(string model, Route route, string served)
    {
        var state = State(Context(request: Request(model: model)));

        Rule.Apply(state);

        Assert.Equal(route, state.Chosen);
        Assert.Equal(served, state.ModelFor(route));
    }

    [Fact]
    public void Apply_ModelOnForbiddenRoute_NotChosenWithReason()
    {
        var state = State(Context(request: Request(model: "gpt-4o")));
        state.Narrow([Route.PrivateSmall, Route.PrivateLarge], "force-private", "test");

        Rule.Apply(state);

        Assert.Null(state.Chosen);
        Assert.Contains(state.Reasons, r => r.StartsWith("model:", StringComparison.Ordinal) && r.Contains("not allowed", StringComparison.Ordinal));
    }

    [Fact]
    public void Apply_UnknownModel_Refused()
    {
        Assert.Throws<PolicyRefusedException>(() => Rule.Apply(State(Context(request: Request(model: "llama-9000")))));
    }
}
