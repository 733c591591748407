namespace Router.Routing.Rules;

/// <summary>Keeps only the routes the tenant's configuration allows.</summary>
internal sealed class TenantRoutesRule : IRoutingRule
{
    public string Name => "tenant";

    public void Apply(RoutingState state)
    {
        var allowed = state.Context.Tenant.EffectiveAllowedRoutes;
        if (state.Allowed.All(allowed.Contains))
        {
            return;
        }

        var names = string.Join(", ", allowed.Distinct().Order().Select(r => r.ToWireName()));
        state.Narrow(allowed, Name, $"tenant '{state.Context.TenantId}' allows only {(names.Length == 0 ? "no route" : names)}");
    }
}
