namespace Router.Routing.Rules;

/// <summary>A caller may always ask to stay private (it can never ask to leave).</summary>
internal sealed class ForcePrivateRule : IRoutingRule
{
    public string Name => "force-private";

    public void Apply(RoutingState state)
    {
        if (state.Context.Request.ForcePrivate)
        {
            state.Narrow(PrivateRoutes.All, Name, "caller asked for private processing ⇒ private routes only");
        }
    }
}
