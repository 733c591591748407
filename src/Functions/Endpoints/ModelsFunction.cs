using Microsoft.Extensions.Options;
using Router.Functions.Http;
using Router.Functions.OpenAi;
using Router.Pipeline;
using Router.Requests;
using Router.Routing;

namespace Router.Functions.Endpoints;

/// <summary>GET /api/v1/models: "auto" plus the models served on the routes the caller's tenant may use (the
/// catalogue's API models too where the closed route is allowed); a manager key sees every route's.</summary>
internal sealed class ModelsFunction(RequestGate gate, IOptionsMonitor<RouterOptions> router, IModelCatalog catalog)
{
    public async Task HandleAsync(HttpContext context)
    {
        using var gated = await gate.PassAsync(context, readBody: false);
        if (gated.Error is not null)
        {
            await gated.Error.ExecuteAsync(context);
            return;
        }

        var caller = gated.Caller!;
        IReadOnlyList<Route> routes = caller.IsManager
            ? Enum.GetValues<Route>()
            : TenantLookup.Find(router.CurrentValue, caller.TenantId).EffectiveAllowedRoutes;
        var models = catalog.ServedOn(routes);
        var data = new List<ModelWire> { new(ChatRequest.AutoModel, "router") };
        data.AddRange(models.Select(m => new ModelWire(m.Model, m.Route.ToWireName())));
        await Results.Json(new ModelListWire(data), ChatCompletionWire.Json).ExecuteAsync(context);
    }
}
