using Router.Functions.Hosting;
using Router.Functions.Http;
using Router.Functions.Native;
using Router.Pipeline;
using Router.Pipeline.Batch;
using Router.Routing;

namespace Router.Functions.Endpoints;

/// <summary>
/// POST /api/route: the same pipeline in the native shape, answering with the full decision record. A caller-chosen
/// <c>id</c> is answered once per tenant, across HTTP and the batch queue (<see cref="IBatchResultStore"/>): the same
/// request again gets the stored answer (<c>x-router-replayed: true</c>, no second ledger row), a different request
/// under that id a 409, so an earlier ledger row is never overwritten. The id is claimed before the call runs
/// (<see cref="RequestIdClaims"/>): a second call arriving while the first runs gets 409 <c>request_in_progress</c>.
/// </summary>
internal sealed partial class RouteFunction(RequestGate gate, IRequestPipeline pipeline, IModelCatalog models, IRequestIdGenerator ids, AnswerSender sender,
    IBatchResultStore results, TimeProvider time, ILogger<RouteFunction> logger)
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

        var request = native.ToChatRequest(native.Id ?? ids.Next(), tenant);
        var fingerprint = native.Id is null ? null : CompletionCacheKey.For(request);
        if (fingerprint is not null)
        {
            BatchResult? earlier;
            try
            {
                earlier = await new RequestIdClaims(results, time).TryClaimAsync(tenant, request.RequestId, fingerprint, context.RequestAborted);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // Not knowing whether the id was used, running it could overwrite an earlier row: the caller retries.
                LogIdCheckFailed(logger, e.GetType().Name);
                context.Response.Headers.RetryAfter = "5";
                await OpenAiError.Result(StatusCodes.Status503ServiceUnavailable, "The request id cannot be checked right now; try again shortly.",
                    "server_error", "id", "id_store_unavailable").ExecuteAsync(context);
                return;
            }

            if (earlier is not null)
            {
                await Replay(context, earlier, fingerprint).ExecuteAsync(context);
                return;
            }
        }

        await sender.AnswerAsync(
            context,
            async () =>
            {
                AnsweredRequest answered;
                try
                {
                    answered = await pipeline.AnswerAsync(request, ChatCompletionsFunction.Source, context.RequestAborted);
                }
                catch when (fingerprint is not null)
                {
                    // Nothing stored: the caller may retry under the same id (or, if this fails, once the claim is abandoned).
                    try
                    {
                        await new RequestIdClaims(results, time).ReleaseAsync(tenant, request.RequestId);
                    }
                    catch (Exception e)
                    {
                        LogClaimNotReleased(logger, e.GetType().Name);
                    }

                    throw;
                }

                if (fingerprint is not null)
                {
                    try
                    {
                        await results.SaveAsync(Stored(answered.Result, fingerprint), CancellationToken.None);
                    }
                    catch (Exception e)
                    {
                        // The call is made and paid: the answer and its ledger row go out all the same.
                        LogResultNotStored(logger, e.GetType().Name);
                    }
                }

                return answered;
            },
            result => new RouteResponse(
                result.RequestId, result.Content, result.Model, result.FinishReason, result.Usage, DecisionWire.From(result.Decision),
                result.Entry.CostUsd, result.Entry.PremiumCostUsd, result.Entry.LatencyMs,
                result.Entry.FallbackFrom is { } from ? new FallbackWire(from, result.Entry.Route, result.Entry.FallbackReason ?? "") : null)
            {
                ToolCalls = RouteResponse.Wire(result.ToolCalls),
            },
            NativeWire.Json);
    }

    private static IResult Replay(HttpContext context, BatchResult earlier, string fingerprint)
    {
        if (earlier.Status == BatchResult.Running && !earlier.IsOtherRequest(fingerprint))
        {
            context.Response.Headers.RetryAfter = "5";
            return OpenAiError.Result(StatusCodes.Status409Conflict,
                $"The request id '{earlier.RequestId}' is being answered by another call right now; retry shortly to get its answer.",
                "invalid_request_error", "id", "request_in_progress");
        }

        if (earlier.IsOtherRequest(fingerprint) || earlier.Status != BatchResult.Completed)
        {
            var why = earlier.IsOtherRequest(fingerprint) ? "by a different request" : $"and ended '{earlier.Status}'";
            return OpenAiError.Result(StatusCodes.Status409Conflict,
                $"The request id '{earlier.RequestId}' was already used {why}; send a new id.", "invalid_request_error", "id", "request_id_conflict");
        }

        context.Response.Headers["x-router-replayed"] = "true";
        DecisionHeaders.Write(context.Response, earlier.RequestId, earlier.Decision!);
        return Results.Json(new RouteResponse(
            earlier.RequestId, earlier.Content ?? "", earlier.Model ?? "", earlier.FinishReason ?? "stop", earlier.Usage ?? new Accounting.TokenUsage(0, 0),
            DecisionWire.From(earlier.Decision!), earlier.CostUsd, earlier.PremiumCostUsd, 0)
        {
            ToolCalls = RouteResponse.Wire(earlier.ToolCalls),
        }, NativeWire.Json);
    }

    private BatchResult Stored(PipelineResult result, string fingerprint) => new()
    {
        RequestId = result.RequestId,
        TenantId = result.Entry.TenantId,
        Status = BatchResult.Completed,
        Content = result.Content,
        ToolCalls = result.ToolCalls,
        Model = result.Model,
        FinishReason = result.FinishReason,
        Usage = result.Usage,
        Decision = result.Decision,
        CostUsd = result.Entry.CostUsd,
        PremiumCostUsd = result.Entry.PremiumCostUsd,
        CompletedAt = time.GetUtcNow(),
        Fingerprint = fingerprint,
    };

    [LoggerMessage(EventId = 5101, Level = LogLevel.Warning, Message = "Request id store unavailable ({ErrorType}); a call with a caller-chosen id was refused with 503")]
    private static partial void LogIdCheckFailed(ILogger logger, string errorType);

    [LoggerMessage(EventId = 5103, Level = LogLevel.Warning, Message = "Claim on a caller-chosen request id not released after a failed call ({ErrorType}); the id is free again once the claim is abandoned")]
    private static partial void LogClaimNotReleased(ILogger logger, string errorType);

    [LoggerMessage(EventId = 5102, Level = LogLevel.Warning, Message = "Result of a call with a caller-chosen id not stored ({ErrorType}); a retry will run again")]
    private static partial void LogResultNotStored(ILogger logger, string errorType);
}
