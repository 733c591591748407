using Microsoft.Extensions.Options;

namespace Router.Routing;

/// <summary>Runs the registered rules in order and turns their outcome into the decision record.</summary>
internal sealed class RuleBasedRoutingPolicy(IEnumerable<IRoutingRule> rules, IOptions<RouterOptions> options) : IRoutingPolicy
{
    private readonly IRoutingRule[] _rules = rules.ToArray();

    public RouteDecision Decide(RoutingContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var state = new RoutingState(context, options.Value);
        foreach (var rule in _rules)
        {
            rule.Apply(state);
        }

        var route = state.Chosen
            ?? throw new PolicyRefusedException($"No rule chose a route ({string.Join("; ", state.Reasons)}).");
        var fallback = FallbackSelector.Select(state, route);
        var target = state.Options.Routes[route];
        var verdict = state.Sensitivity;

        return new RouteDecision
        {
            Route = route,
            Backend = target.Backend,
            Model = state.ModelFor(route),
            Sensitivity = verdict.Level,
            EntityTypes = verdict.Entities.Select(e => e.Type).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray(),
            Difficulty = state.Difficulty,
            Threshold = state.Threshold,
            Reasons = state.Reasons.ToArray(),
            Fallback = fallback,
        };
    }
}
