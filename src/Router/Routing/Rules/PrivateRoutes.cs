namespace Router.Routing.Rules;

internal static class PrivateRoutes
{
    public static readonly Route[] All = [Route.PrivateSmall, Route.PrivateLarge];
}
