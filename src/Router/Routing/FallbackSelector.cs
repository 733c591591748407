namespace Router.Routing;

/// <summary>
/// The route the policy permits if the chosen backend fails. Sensitive work never falls back to the closed
/// model; non-sensitive work leaves the private worker only if the tenant allows closed fallback.
/// </summary>
internal static class FallbackSelector
{
    public const string RuleName = "fallback";

    public static Route? Select(RoutingState state, Route chosen)
    {
        Route? candidate = chosen switch
        {
            Route.PrivateLarge => Route.PrivateSmall,
            Route.PrivateSmall when state.IsSensitive => Route.PrivateLarge,
            Route.PrivateSmall => state.Context.Tenant.AllowClosedFallback ? Route.Closed : null,
            _ => Route.PrivateSmall,
        };

        if (candidate is not { } fallback || !state.Allowed.Contains(fallback) || (state.IsSensitive && !fallback.IsPrivate()))
        {
            state.AddReason(RuleName, "none (if the chosen backend fails, the request fails)");
            return null;
        }

        state.AddReason(RuleName, $"{fallback.ToWireName()} if {chosen.ToWireName()} fails");
        return fallback;
    }
}
