namespace Router.Routing;

/// <summary>
/// The models a caller may name: "auto", each route's model, and every API model of the price catalogue
/// (served on the closed route). The one source for the host's "model not found" and the policy's model rule.
/// </summary>
public interface IModelCatalog
{
    /// <summary>True for "auto" (or no model) and for every model <see cref="TryResolve"/> finds.</summary>
    bool IsKnown(string? model);

    /// <summary>The route that serves <paramref name="model"/>; false for "auto" and unknown models.</summary>
    bool TryResolve(string model, out CatalogModel entry);

    /// <summary>The models served on <paramref name="routes"/>: route models in route order, then catalogue
    /// API models by name (only when the closed route is among them). Distinct by model.</summary>
    IReadOnlyList<CatalogModel> ServedOn(IEnumerable<Route> routes);
}

/// <summary>A model callers may name and the route serving it. <see cref="IsRouteModel"/> is false for a
/// catalogue model that is no route's configured model (the decision then overrides the route's model).</summary>
public readonly record struct CatalogModel(string Model, Route Route, bool IsRouteModel);
