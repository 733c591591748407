using Router.Functions.Http;
using Router.Functions.Native;
using Router.Pipeline.Batch;

namespace Router.Functions.Endpoints;

/// <summary>GET /api/batch/{id}: a batch request's stored result, for its own tenant only (the manager names the
/// tenant with ?tenant=). Unknown and other tenants' ids look the same: 404.</summary>
internal sealed class BatchStatusFunction(RequestGate gate, IBatchResultStore store)
{
    public async Task HandleAsync(HttpContext context, string id)
    {
        using var gated = await gate.PassAsync(context, readBody: false);
        if (gated.Error is not null)
        {
            await gated.Error.ExecuteAsync(context);
            return;
        }

        string? requestedTenant = context.Request.Query["tenant"];
        if (RequestGate.InvalidTenant(requestedTenant, "tenant") is { } invalidTenant)
        {
            await invalidTenant.ExecuteAsync(context);
            return;
        }

        if (RequestGate.ActingTenant(gated.Caller!, requestedTenant) is not { } tenant)
        {
            await OpenAiError.Forbidden("This API key may not read another tenant's results.").ExecuteAsync(context);
            return;
        }

        if (!NativeRequestReader.SafeId().IsMatch(id))
        {
            await OpenAiError.BadRequest("The id must be 1-128 characters of letters, digits, '.', '_' or '-'.", "id").ExecuteAsync(context);
            return;
        }

        var result = await store.GetAsync(tenant, id, context.RequestAborted);
        var response = result is null
            ? OpenAiError.NotFound($"No result for batch request '{id}' (unknown, or not processed yet).", "id")
            : Results.Json(result with { Fingerprint = null }, NativeWire.Json);
        await response.ExecuteAsync(context);
    }
}
