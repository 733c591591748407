using Microsoft.Extensions.DependencyInjection;
using Router.Accounting;
using Router.Accounting.Tokens;
using Router.Requests;
using Router.Routing;
using Router.Routing.Rules;
using static Router.Tests.Routing.RoutingFixtures;

namespace Router.Tests.Routing.Rules;

public sealed class BudgetRuleTests
{
    private sealed class FixedTokens(int count) : ITokenCounter
    {
        public int CountPrompt(IReadOnlyList<ChatMessage> messages) => count;

        public int CountText(string text) => count;
    }

    // 1,000 prompt tokens and 1,000 completion tokens per call.
    private static BudgetRule Rule() => new(Services().GetRequiredService<ICostCalculator>(), new FixedTokens(1000));

    private static RoutingState ChosenState(Route route, decimal? budget)
    {
        var state = State(Context(budget: budget, request: Request(maxTokens: 1000)));
        state.Choose(route, "difficulty", "test");
        return state;
    }

    [Fact]
    public void Apply_WorstCaseGiven_UsesItInsteadOfCountingAgain()
    {
        // 1,000 prompt tokens counted and 1,000 output tokens allowed by the caller: gpt-4o's worst case 0.0125 fits.
        // The counter (a million) is never asked, and the built-in 4,096 output tokens (no max_tokens) never assumed.
        var state = State(Context(budget: 0.0125m, request: Request()) with { WorstCase = new WorstCaseTokens(1000, 1000) });
        state.Choose(Route.Closed, "difficulty", "test");

        new BudgetRule(Services().GetRequiredService<ICostCalculator>(), new FixedTokens(1_000_000)).Apply(state);

        Assert.Equal(Route.Closed, state.Chosen);
    }

    [Fact]
    public void Apply_Unlimited_KeepsChoice()
    {
        var state = ChosenState(Route.Closed, null);

        Rule().Apply(state);

        Assert.Equal(Route.Closed, state.Chosen);
    }

    [Fact]
    public void Apply_BudgetCoversWorstCase_KeepsChoice()
    {
        // gpt-4o: 1000 × 2.50/1M + 1000 × 10/1M = 0.0125
        var state = ChosenState(Route.Closed, 0.0125m);

        Rule().Apply(state);

        Assert.Equal(Route.Closed, state.Chosen);
        Assert.Single(state.Reasons);
    }

    [Fact]
    public void Apply_BudgetShort_DowngradesToDearestRouteThatFits()
    {
        // private-large: 1000 × 0.6/1M + 1000 × 7.5/1M = 0.0081; private-small: 0.00026 + 0.0017333… ≈ 0.00199
        var state = ChosenState(Route.Closed, 0.01m);

        Rule().Apply(state);

        Assert.Equal(Route.PrivateLarge, state.Chosen);
        Assert.Contains(state.Reasons, r => r.StartsWith("budget:", StringComparison.Ordinal) && r.Contains("downgraded to private-large", StringComparison.Ordinal));
    }

    [Fact]
    public void Apply_BudgetOnlyFitsSmall_DowngradesToSmall()
    {
        var state = ChosenState(Route.Closed, 0.005m);

        Rule().Apply(state);

        Assert.Equal(Route.PrivateSmall, state.Chosen);
    }

    [Fact]
    public void Apply_NothingFits_Refused()
    {
        var state = ChosenState(Route.Closed, 0.001m);

        var ex = Assert.Throws<PolicyRefusedException>(() => Rule().Apply(state));

        Assert.Contains("remaining budget $0.001", ex.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Apply_CheaperRouteNotAllowed_Refused()
    {
        var state = State(Context(budget: 0.01m, request: Request(maxTokens: 1000)));
        state.Narrow([Route.Closed], "tenant", "closed only");
        state.Choose(Route.Closed, "difficulty", "test");

        Assert.Throws<PolicyRefusedException>(() => Rule().Apply(state));
    }
}
