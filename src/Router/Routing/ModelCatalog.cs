using System.Diagnostics.CodeAnalysis;
using Microsoft.Extensions.Options;
using Router.Accounting.Pricing;
using Router.Requests;

namespace Router.Routing;

internal sealed class ModelCatalog(IOptions<RouterOptions> options, IPriceCatalog prices) : IModelCatalog
{
    public bool IsKnown(string? model) => IsAuto(model) || TryResolve(model, out _);

    public bool TryResolve(string model, out CatalogModel entry)
    {
        foreach (var (route, target) in options.Value.Routes.OrderBy(r => r.Key))
        {
            if (string.Equals(target.Model, model, StringComparison.Ordinal))
            {
                entry = new(model, route, IsRouteModel: true);
                return true;
            }
        }

        if (!IsAuto(model) && prices.TryGet(model, out var price) && !price.IsGpuWorker)
        {
            entry = new(model, Route.Closed, IsRouteModel: false);
            return true;
        }

        entry = default;
        return false;
    }

    public IReadOnlyList<CatalogModel> ServedOn(IEnumerable<Route> routes)
    {
        var allowed = routes.ToHashSet();
        var routeModels = options.Value.Routes
            .Where(r => allowed.Contains(r.Key))
            .OrderBy(r => r.Key)
            .Select(r => new CatalogModel(r.Value.Model, r.Key, IsRouteModel: true));
        var apiModels = allowed.Contains(Route.Closed)
            ? prices.All.Where(p => !p.IsGpuWorker).OrderBy(p => p.Model, StringComparer.Ordinal).Select(p => new CatalogModel(p.Model, Route.Closed, IsRouteModel: false))
            : [];
        return routeModels.Concat(apiModels).DistinctBy(m => m.Model, StringComparer.Ordinal).ToList();
    }

    /// <summary>No model or "auto" (any case): the policy chooses.</summary>
    internal static bool IsAuto([NotNullWhen(false)] string? model) =>
        string.IsNullOrWhiteSpace(model) || string.Equals(model, ChatRequest.AutoModel, StringComparison.OrdinalIgnoreCase);
}
