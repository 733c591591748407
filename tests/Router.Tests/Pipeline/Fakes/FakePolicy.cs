using Router.Routing;

namespace Router.Tests.Pipeline.Fakes;

/// <summary>Sensitive ⇒ private-small; an explicit model is honoured unless it is the closed model for sensitive
/// content; hard ⇒ closed; tenant "locked" is refused outright. Records the budget and worst case it was given.</summary>
public sealed class FakePolicy : IRoutingPolicy
{
    public const string SmallModel = "small-open";
    public const string ClosedModel = "gpt-closed";
    public const string LockedTenant = "locked";

    public decimal? LastRemainingBudget { get; private set; }
    public Router.Requests.ChatRequest? LastRequest { get; private set; }
    public WorstCaseTokens? LastWorstCase { get; private set; }

    /// <summary>When set, every request is refused as one no route can honour, naming this parameter.</summary>
    public string? UnsupportedParameter { get; set; }

    public RouteDecision Decide(RoutingContext context)
    {
        LastRemainingBudget = context.RemainingBudgetUsd;
        LastRequest = context.Request;
        LastWorstCase = context.WorstCase;
        if (UnsupportedParameter is { } parameter)
        {
            throw new PolicyRefusedException($"no allowed route can honour '{parameter}'") { UnsupportedParameter = parameter };
        }

        if (context.TenantId == LockedTenant)
        {
            throw new PolicyRefusedException("tenant allows no route");
        }

        var sensitive = context.Classification.Sensitivity.IsSensitive;
        var requested = context.Request.Model;
        var reasons = new List<string>();
        Route route;
        if (sensitive)
        {
            route = Route.PrivateSmall;
            reasons.Add("sensitive: kept private");
            if (requested == ClosedModel)
            {
                reasons.Add("model override: closed model refused for sensitive content");
            }
        }
        else if (requested == ClosedModel || (requested == "auto" && context.Classification.Difficulty >= 0.5))
        {
            route = Route.Closed;
            reasons.Add(requested == ClosedModel ? "explicit model" : "difficulty >= threshold");
        }
        else
        {
            route = Route.PrivateSmall;
            reasons.Add("difficulty < threshold");
        }

        return new RouteDecision
        {
            Route = route,
            Backend = route == Route.Closed ? "azure-openai" : "gpu-worker",
            Model = route == Route.Closed ? ClosedModel : SmallModel,
            Sensitivity = context.Classification.Sensitivity.Level,
            EntityTypes = context.Classification.Sensitivity.EntityTypeCounts.Keys.ToList(),
            Difficulty = context.Classification.Difficulty,
            Threshold = 0.5,
            Reasons = reasons,
            Fallback = route == Route.Closed ? Route.PrivateSmall : null,
        };
    }
}
