namespace Router.Routing.Rules;

/// <summary>
/// Honours a model the caller names, if it is a route's model or an API model of the catalogue (served on
/// the closed route) and an earlier rule does not forbid it. An unknown model is refused.
/// </summary>
internal sealed class ExplicitModelRule(IModelCatalog catalog) : IRoutingRule
{
    public string Name => "model";

    public void Apply(RoutingState state)
    {
        var model = state.Context.Request.Model;
        if (ModelCatalog.IsAuto(model))
        {
            return;
        }

        var (route, modelOverride) = Resolve(catalog, model);
        if (!state.Allowed.Contains(route))
        {
            state.AddReason(Name, $"caller asked for '{model}' ({route.ToWireName()}), which is not allowed here; the policy chooses instead");
            return;
        }

        state.Choose(route, Name, $"caller asked for '{model}' ⇒ {route.ToWireName()}", modelOverride);
    }

    private static (Route Route, string? Override) Resolve(IModelCatalog catalog, string model) =>
        catalog.TryResolve(model, out var entry)
            ? (entry.Route, entry.IsRouteModel ? null : entry.Model)
            : throw new PolicyRefusedException($"Model '{model}' is not served by any route and is not an API model of the price catalogue.");
}
