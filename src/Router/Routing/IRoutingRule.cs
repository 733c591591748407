namespace Router.Routing;

/// <summary>
/// One step of the routing policy. A rule may narrow the allowed routes and/or choose one, and says why in a
/// reason (entity types are fine; detected values never). Rules run in their registration order.
/// </summary>
internal interface IRoutingRule
{
    /// <summary>Short, stable name; prefixes the rule's reasons in the decision record.</summary>
    string Name { get; }

    /// <exception cref="PolicyRefusedException">No allowed route can serve the request.</exception>
    void Apply(RoutingState state);
}
