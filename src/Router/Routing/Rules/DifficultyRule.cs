using System.Globalization;

namespace Router.Routing.Rules;

/// <summary>
/// Chooses by difficulty when no earlier rule chose: hard work goes to the strongest allowed route (closed,
/// else the large private model, so sensitive hard work lands on private-large), easy work to the cheapest.
/// </summary>
internal sealed class DifficultyRule : IRoutingRule
{
    private static readonly Route[] HardPreference = [Route.Closed, Route.PrivateLarge, Route.PrivateSmall];
    private static readonly Route[] EasyPreference = [Route.PrivateSmall, Route.PrivateLarge, Route.Closed];

    public string Name => "difficulty";

    public void Apply(RoutingState state)
    {
        if (state.Chosen is not null)
        {
            return;
        }

        var hard = state.Difficulty >= state.Threshold;
        var route = (hard ? HardPreference : EasyPreference).First(state.Allowed.Contains);
        var classification = state.Context.Classification;
        var raisedBy = classification.DifficultyFactors.Count == 0
            ? ""
            : string.Create(CultureInfo.InvariantCulture,
                $" (text {classification.TextDifficulty ?? state.Difficulty:0.00}; raised in log-odds by {string.Join(", ", classification.DifficultyFactors)})");
        var comparison = string.Create(CultureInfo.InvariantCulture,
            $"difficulty {state.Difficulty:0.00}{raisedBy} {(hard ? "≥" : "<")} threshold {state.Threshold:0.00}");
        var note = hard && route != Route.Closed ? " (closed not allowed: hard work stays private on the largest allowed model)" : "";
        state.Choose(route, Name, $"{comparison} ⇒ {route.ToWireName()}{note}");
    }
}
