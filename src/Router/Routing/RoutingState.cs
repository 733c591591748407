using Router.Classification;

namespace Router.Routing;

/// <summary>The working state of one decision while the rules run; thrown away afterwards.</summary>
internal sealed class RoutingState
{
    private readonly HashSet<Route> _allowed = [Route.PrivateSmall, Route.PrivateLarge, Route.Closed];
    private readonly List<string> _reasons = [];

    public RoutingState(RoutingContext context, RouterOptions options)
    {
        Context = context;
        Options = options;
        Threshold = context.Tenant.DifficultyThreshold ?? options.DefaultDifficultyThreshold;
    }

    public RoutingContext Context { get; }
    public RouterOptions Options { get; }
    public SensitivityVerdict Sensitivity => Context.Classification.Sensitivity;
    public bool IsSensitive => Sensitivity.IsSensitive;
    public double Difficulty => Context.Classification.Difficulty;
    public double Threshold { get; }
    public IReadOnlySet<Route> Allowed => _allowed;
    public Route? Chosen { get; private set; }

    /// <summary>A catalogue model the caller asked for that is not a route's default model.</summary>
    public string? ModelOverride { get; private set; }
    public IReadOnlyList<string> Reasons => _reasons;

    /// <summary>The model the route would be served by in this decision.</summary>
    public string ModelFor(Route route) =>
        route == Chosen && ModelOverride is not null ? ModelOverride : Options.Routes[route].Model;

    /// <summary>Keeps only <paramref name="routes"/>; a choice outside them is dropped. Nothing left: refused.</summary>
    public void Narrow(IEnumerable<Route> routes, string rule, string reason)
    {
        _allowed.IntersectWith(routes);
        AddReason(rule, reason);
        if (Chosen is { } chosen && !_allowed.Contains(chosen))
        {
            Chosen = null;
            ModelOverride = null;
        }

        if (_allowed.Count == 0)
        {
            throw new PolicyRefusedException($"No route is allowed for this request ({string.Join("; ", _reasons)}).");
        }
    }

    public void Choose(Route route, string rule, string reason, string? modelOverride = null)
    {
        if (!_allowed.Contains(route))
        {
            throw new InvalidOperationException($"Rule '{rule}' chose {route}, which an earlier rule disallowed.");
        }

        Chosen = route;
        ModelOverride = modelOverride;
        AddReason(rule, reason);
    }

    public void AddReason(string rule, string reason) => _reasons.Add($"{rule}: {reason}");
}
