using Router.Functions.Hosting;
using Router.Functions.Http;
using Router.Functions.Native;
using Router.Pipeline;
using Router.Routing;

namespace Router.Functions.Endpoints;

/// <summary>POST /api/route: the same pipeline in the native shape, answering with the full decision record.</summary>
internal sealed class RouteFunction(RequestGate gate, IRequestPipeline pipeline, IModelCatalog models, IRequestIdGenerator ids, AnswerSender sender)
{
    public async Task HandleAsync(HttpContext context)
    {
        using var gated = await gate.PassAsync(context, readBody: true);
        if (gated.Error is not null)
        {
            await gated.Error.ExecuteAsync(context);
            return;
        }

        NativeRequest native;
        try
        {
            native = NativeRequestReader.Read(gated.Body!.RootElement);
        }
        catch (InvalidRequestException e)
        {
            await e.ToResult().ExecuteAsync(context);
            return;
        }

        if (RequestGate.ActingTenant(gated.Caller!, native.Tenant) is not { } tenant)
        {
            await OpenAiError.Forbidden("This API key may not act for another tenant.").ExecuteAsync(context);
            return;
        }

        if (!models.IsKnown(native.Model))
        {
            await OpenAiError.NotFound($"The model '{native.Model}' does not exist.", "model", "model_not_found").ExecuteAsync(context);
            return;
        }

        await sender.AnswerAsync(
            context,
            () => pipeline.AnswerAsync(native.ToChatRequest(native.Id ?? ids.Next(), tenant), ChatCompletionsFunction.Source, context.RequestAborted),
            result => new RouteResponse(
                result.RequestId, result.Content, result.Model, result.FinishReason, result.Usage, DecisionWire.From(result.Decision),
                result.Entry.CostUsd, result.Entry.PremiumCostUsd, result.Entry.LatencyMs,
                result.Entry.FallbackFrom is { } from ? new FallbackWire(from, result.Entry.Route, result.Entry.FallbackReason ?? "") : null),
            NativeWire.Json);
    }
}
