using Router.Functions.Hosting;
using Router.Functions.Http;
using Router.Functions.OpenAi;
using Router.Pipeline;
using Router.Requests;
using Router.Routing;

namespace Router.Functions.Endpoints;

/// <summary>POST /api/v1/chat/completions: the OpenAI-compatible front door, plain or streamed.</summary>
internal sealed class ChatCompletionsFunction(
    RequestGate gate,
    IRequestPipeline pipeline,
    ChatCompletionStreamer streamer,
    IModelCatalog models,
    IRequestIdGenerator ids,
    AnswerSender sender,
    TimeProvider time)
{
    public const string Source = "http";

    public async Task HandleAsync(HttpContext context)
    {
        using var gated = await gate.PassAsync(context, readBody: true);
        if (gated.Error is not null)
        {
            await gated.Error.ExecuteAsync(context);
            return;
        }

        string? requestedTenant = context.Request.Headers[RequestGate.TenantHeader];
        if (RequestGate.InvalidTenant(requestedTenant, RequestGate.TenantHeader) is { } invalidTenant)
        {
            await invalidTenant.ExecuteAsync(context);
            return;
        }

        var tenant = RequestGate.ActingTenant(gated.Caller!, requestedTenant);
        if (tenant is null)
        {
            await OpenAiError.Forbidden("This API key may not act for another tenant.").ExecuteAsync(context);
            return;
        }

        ChatRequest request;
        try
        {
            request = ChatCompletionRequestReader.Read(gated.Body!.RootElement, ids.Next(), tenant);
        }
        catch (InvalidRequestException e)
        {
            await e.ToResult().ExecuteAsync(context);
            return;
        }

        if (!models.IsKnown(request.Model))
        {
            await OpenAiError.NotFound($"The model '{request.Model}' does not exist; GET /api/v1/models lists the models you may use.", "model", "model_not_found").ExecuteAsync(context);
            return;
        }

        if (request.Stream)
        {
            await streamer.StreamAsync(context, request);
            return;
        }

        await CompleteAsync(context, request);
    }

    private Task CompleteAsync(HttpContext context, ChatRequest request) => sender.AnswerAsync(
        context,
        () => pipeline.AnswerAsync(request, Source, context.RequestAborted),
        result => new ChatCompletionWireResponse(
            result.RequestId,
            time.GetUtcNow().ToUnixTimeSeconds(),
            result.Model,
            [new ChoiceWire(0, MessageWire.Assistant(result.Content, result.ToolCalls), result.FinishReason)],
            ChatCompletionWire.Usage(result.Usage)),
        ChatCompletionWire.Json);
}
