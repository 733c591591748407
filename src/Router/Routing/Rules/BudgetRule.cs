using System.Globalization;
using Router.Accounting;
using Router.Accounting.Tokens;

namespace Router.Routing.Rules;

/// <summary>
/// If what the tenant has left today cannot cover the worst case of the chosen route, downgrades to the
/// dearest cheaper allowed route that fits, or refuses.
/// </summary>
internal sealed class BudgetRule(ICostCalculator costs, ITokenCounter tokens) : IRoutingRule
{
    public string Name => "budget";

    public void Apply(RoutingState state)
    {
        if (state.Context.RemainingBudgetUsd is not { } remaining || state.Chosen is not { } chosen)
        {
            return;
        }

        var request = state.Context.Request;
        var basis = state.Context.WorstCase ?? new WorstCaseTokens(
            tokens.CountPrompt(request), request.Parameters.MaxTokens ?? WorstCaseTokens.DefaultMaxCompletionTokens);
        decimal WorstCase(Route r) => costs.WorstCaseCost(state.ModelFor(r), basis.PromptTokens, basis.MaxCompletionTokens);

        var chosenCost = WorstCase(chosen);
        if (chosenCost <= remaining)
        {
            return;
        }

        var cheaper = state.Allowed
            .Where(r => r != chosen)
            .Select(r => (Route: r, Cost: WorstCase(r)))
            .Where(c => c.Cost < chosenCost && c.Cost <= remaining)
            .OrderByDescending(c => c.Cost)
            .ToList();
        var shortfall = string.Create(CultureInfo.InvariantCulture,
            $"remaining budget ${remaining:0.######} cannot cover the worst case ${chosenCost:0.######} on {chosen.ToWireName()}");
        if (cheaper.Count == 0)
        {
            throw new PolicyRefusedException($"{shortfall}, nor on any cheaper allowed route.") { BudgetExhausted = true };
        }

        var (route, cost) = cheaper[0];
        state.Choose(route, Name, string.Create(CultureInfo.InvariantCulture,
            $"{shortfall}; downgraded to {route.ToWireName()} (worst case ${cost:0.######})"));
    }
}
