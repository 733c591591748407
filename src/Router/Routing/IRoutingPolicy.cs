namespace Router.Routing;

/// <summary>Turns a classified request into an explainable decision. Pure: no I/O.</summary>
public interface IRoutingPolicy
{
    /// <exception cref="PolicyRefusedException">No allowed route can serve the request (e.g. an explicitly
    /// requested closed model for sensitive content when the tenant forbids substitution, or no budget).</exception>
    RouteDecision Decide(RoutingContext context);
}

public sealed class PolicyRefusedException(string reason) : Exception(reason)
{
    public string Reason { get; } = reason;

    /// <summary>The refusal is the tenant's budget running out (429 to callers, who may retry tomorrow), not a rule.</summary>
    public bool BudgetExhausted { get; init; }

    /// <summary>The refusal is a parameter or schema keyword no allowed route can honour (400 to callers, naming it).</summary>
    public string? UnsupportedParameter { get; init; }
}
