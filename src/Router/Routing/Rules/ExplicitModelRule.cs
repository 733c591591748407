using Router.Accounting.Pricing;
using Router.Requests;

namespace Router.Routing.Rules;

/// <summary>
/// Honours a model the caller names, if it is a route's model or an API model of the catalogue (served on
/// the closed route) and an earlier rule does not forbid it. An unknown model is refused.
/// </summary>
internal sealed class ExplicitModelRule(IPriceCatalog catalog) : IRoutingRule
{
    public string Name => "model";

    public void Apply(RoutingState state)
    {
        var model = state.Context.Request.Model;
        if (string.IsNullOrWhiteSpace(model) || string.Equals(model, ChatRequest.AutoModel, StringComparison.OrdinalIgnoreCase))
        {
            return;
        }

        var (route, modelOverride) = Resolve(state, model);
        if (!state.Allowed.Contains(route))
        {
            state.AddReason(Name, $"caller asked for '{model}' ({route.ToWireName()}), which is not allowed here; the policy chooses instead");
            return;
        }

        state.Choose(route, Name, $"caller asked for '{model}' ⇒ {route.ToWireName()}", modelOverride);
    }

    private (Route Route, string? Override) Resolve(RoutingState state, string model)
    {
        foreach (var (route, target) in state.Options.Routes.OrderBy(r => r.Key))
        {
            if (string.Equals(target.Model, model, StringComparison.Ordinal))
            {
                return (route, null);
            }
        }

        if (catalog.TryGet(model, out var price) && !price.IsGpuWorker)
        {
            return (Route.Closed, model);
        }

        throw new PolicyRefusedException($"Model '{model}' is not served by any route and is not an API model of the price catalogue.");
    }
}
