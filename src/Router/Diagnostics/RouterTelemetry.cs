using System.Diagnostics;

namespace Router.Diagnostics;

/// <summary>
/// The router's trace source and meter, both named <see cref="Name"/>; a host subscribes to them (the function app
/// through OpenTelemetry). Without a subscriber they cost next to nothing. Tags carry routes, models, entity
/// <em>types</em> and counts, never prompt text or detected values.
/// </summary>
public static class RouterTelemetry
{
    public const string Name = "Router";

    internal static readonly ActivitySource Source = new(Name);
}
