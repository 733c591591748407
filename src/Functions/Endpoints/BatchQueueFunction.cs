using System.Text.Json;
using Router.Functions.Batch;
using Router.Functions.CustomHandler;

namespace Router.Functions.Endpoints;

/// <summary>
/// POST /BatchQueue: the serviceBusTrigger invocation. Data["message"] is the message body; Metadata carries
/// MessageId and DeliveryCount among others. Done ⇒ 200. Invalid ⇒ 200 too, once the handler has recorded it as
/// invalid with the reason: redelivering a message that can never succeed only repeats the failure, so the host
/// completes it (as the local consumer poisons it at once). Transient ⇒ 500 with the reason in Logs, so the host
/// abandons the message and Service Bus redelivers it; the last delivery (Queue:MaxDequeueCount, set from the
/// queue's maxDeliveryCount by the infrastructure templates) is stored as dead-lettered before Service Bus moves it.
/// </summary>
internal sealed partial class BatchQueueFunction(BatchMessageHandler handler, Microsoft.Extensions.Options.IOptions<QueueOptions> queue, ILogger<BatchQueueFunction> logger)
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

        if (result.Handling == BatchHandling.Invalid)
        {
            var reason = $"invalid message (delivery {deliveryCount}): {result.Detail}";
            LogInvalid(logger, reason);
            return new InvocationResponse { Logs = [reason], ReturnValue = new { status = "invalid", reason = result.Detail } }.ToResult();
        }

        var failure = $"transient failure (delivery {deliveryCount}): {result.Detail}";
        if (deliveryCount >= queue.Value.MaxDequeueCount)
        {
            await handler.RecordDeadLetteredAsync(message, invocation.MetadataString("MessageId"), $"failed {deliveryCount} times; last error: {result.Detail}", context.RequestAborted);
        }

        return Fail(failure);
    }

    private IResult Fail(string reason)
    {
        LogFailed(logger, reason);
        return new InvocationResponse { Logs = [reason] }.ToResult(StatusCodes.Status500InternalServerError);
    }

    [LoggerMessage(EventId = 6101, Level = LogLevel.Warning, Message = "Batch invocation failed: {Reason}")]
    private static partial void LogFailed(ILogger logger, string reason);

    [LoggerMessage(EventId = 6102, Level = LogLevel.Warning, Message = "Batch message recorded as invalid and completed: {Reason}")]
    private static partial void LogInvalid(ILogger logger, string reason);
}
