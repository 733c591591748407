using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Router.Backends;
using Router.Backends.Dispatch;
using Router.Classification;
using Router.Routing;
using Router.Tests.Fakes;

namespace Router.Tests.Backends.Dispatch;

/// <summary>A dispatcher over two fake backends: "private-fake" (ours) and "closed-fake" (a closed vendor).</summary>
internal sealed class DispatchHarness
{
    public FakeChatBackend Private { get; } = new("private-fake", isClosedVendor: false);
    public FakeChatBackend Closed { get; } = new("closed-fake", isClosedVendor: true);
    public BackendDispatcher Dispatcher { get; }

    public DispatchHarness()
    {
        var options = new RouterOptions
        {
            PremiumModel = "gpt-4o",
            Routes = new()
            {
                [Route.PrivateSmall] = new() { Backend = "private-fake", Model = "small" },
                [Route.PrivateLarge] = new() { Backend = "private-fake", Model = "large" },
                [Route.Closed] = new() { Backend = "closed-fake", Model = "gpt-4o" },
            },
        };
        Dispatcher = new BackendDispatcher(new BackendResolver([Private, Closed]), Options.Create(options), NullLogger<BackendDispatcher>.Instance);
    }

    public static SensitivityVerdict Sensitive { get; } = new(SensitivityLevel.High, [new DetectedEntity("credit_card", 0, 16)], ["card"]);

    public static BackendRequest Request { get; } = new("ignored", [new("user", "hello")], new());

    public static RouteDecision Decision(Route route, Route? fallback, SensitivityLevel sensitivity = SensitivityLevel.None) => new()
    {
        Route = route,
        Backend = route == Route.Closed ? "closed-fake" : "private-fake",
        Model = route switch { Route.Closed => "gpt-4o", Route.PrivateLarge => "large", _ => "small" },
        Sensitivity = sensitivity,
        EntityTypes = [],
        Difficulty = 0.3,
        Threshold = 0.5,
        Reasons = ["test"],
        Fallback = fallback,
    };
}
