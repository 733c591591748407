using System.Text.Json;
using Router.Functions.Batch;
using Router.Functions.CustomHandler;

namespace Router.Functions.Endpoints;

/// <summary>
/// POST /BatchQueue: the serviceBusTrigger invocation. Data["message"] is the message body; Metadata carries
/// MessageId and DeliveryCount among others. Done ⇒ 200; invalid or transient ⇒ 500 with the reason in Logs, so
/// the host abandons the message and Service Bus dead-letters it after maxDeliveryCount.
/// </summary>
internal sealed partial class BatchQueueFunction(BatchMessageHandler handler, ILogger<BatchQueueFunction> logger)
{
    public const string FunctionName = "BatchQueue";
    public const string BindingName = "message";

    public async Task<IResult> HandleAsync(HttpContext context)
    {
        InvocationRequest? invocation;
        try
        {
            invocation = await JsonSerializer.DeserializeAsync<InvocationRequest>(context.Request.Body, InvocationRequest.Json, context.RequestAborted);
        }
        catch (JsonException e)
        {
            return Fail($"invalid invocation payload: {e.Message}");
        }

        if (invocation is null || !invocation.Data.TryGetValue(BindingName, out var message))
        {
            return Fail($"invocation payload has no Data.{BindingName}");
        }

        var deliveryCount = invocation.MetadataInt("DeliveryCount") ?? 1;
        var result = await handler.HandleAsync(message, invocation.MetadataString("MessageId"), context.RequestAborted);
        if (result.Handling == BatchHandling.Done)
        {
            return new InvocationResponse
            {
                Logs = [result.Detail],
                ReturnValue = new { requestId = result.Outcome!.Result.RequestId, status = result.Outcome.Result.Status, replayed = result.Outcome.Replayed },
            }.ToResult();
        }

        var kind = result.Handling == BatchHandling.Invalid ? "invalid message" : "transient failure";
        return Fail($"{kind} (delivery {deliveryCount}): {result.Detail}");
    }

    private IResult Fail(string reason)
    {
        LogFailed(logger, reason);
        return new InvocationResponse { Logs = [reason] }.ToResult(StatusCodes.Status500InternalServerError);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Batch invocation failed: {Reason}")]
    private static partial void LogFailed(ILogger logger, string reason);
}
