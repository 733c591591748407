using Microsoft.Extensions.Options;
using Router.Functions.Http;
using Router.Functions.OpenAi;
using Router.Pipeline;
using Router.Requests;
using Router.Routing;

namespace Router.Functions.Endpoints;

/// <summary>GET /api/v1/models: "auto" plus the models of the routes the caller's tenant may use.</summary>
internal sealed class ModelsFunction(RequestGate gate, IOptionsMonitor<RouterOptions> router)
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
        var options = router.CurrentValue;
        var models = caller.IsManager
            ? options.Routes.OrderBy(r => r.Key).Select(r => (r.Value.Model, r.Key)).DistinctBy(m => m.Model).ToList()
            : ModelCatalog.AllowedFor(options, caller.TenantId);
        var data = new List<ModelWire> { new(ChatRequest.AutoModel, "router") };
        data.AddRange(models.Select(m => new ModelWire(m.Model, m.Item2.ToWireName())));
        await Results.Json(new ModelListWire(data), ChatCompletionWire.Json).ExecuteAsync(context);
    }
}
