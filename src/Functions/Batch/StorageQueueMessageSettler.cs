using System.Text.Json;
using Azure.Storage.Queues;
using Azure.Storage.Queues.Models;
using Microsoft.Extensions.Options;

namespace Router.Functions.Batch;

/// <summary>
/// Handles one received message and settles it on the queue: done ⇒ deleted; invalid ⇒ poison queue at once
/// (and stored as invalid by the handler); a message given up on is stored as dead-lettered too;
/// transient ⇒ hidden for RetryDelay, then poison once dequeued MaxDequeueCount times. Anything else that fails
/// (storage unreachable, an unexpected error) is treated as transient, so a message that always fails still ends
/// in the poison queue. Poison messages carry the reason.
/// </summary>
internal sealed partial class StorageQueueMessageSettler(
    BatchMessageHandler handler,
    IOptions<QueueOptions> options,
    TimeProvider time,
    ILogger<StorageQueueMessageSettler> logger)
{
    /// <summary>Never throws but on cancellation: a failure leaves the message to come back.</summary>
    public async Task SettleAsync(QueueClient queue, QueueClient poison, QueueMessage message, CancellationToken cancellationToken)
    {
        // Hidden for a short visibility that is extended while the handler works (see MessageLease).
        var lease = MessageLease.Start(queue, message, options.Value.VisibilityTimeout, time, logger, cancellationToken);
        try
        {
            await HandleAsync(queue, poison, message, lease, cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            LogFailed(logger, e, message.MessageId, message.DequeueCount, e.GetType().Name);
            await lease.StopAsync();
            await RetryLaterAsync(queue, message.MessageId, lease.PopReceipt, cancellationToken);
        }
        finally
        {
            await lease.DisposeAsync();
        }
    }

    private async Task HandleAsync(QueueClient queue, QueueClient poison, QueueMessage message, MessageLease lease, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        using var document = JsonDocument.Parse(JsonSerializer.Serialize(message.Body.ToString()));
        if (message.DequeueCount > settings.MaxDequeueCount)
        {
            var reason = $"dequeued {message.DequeueCount} times, more than the limit of {settings.MaxDequeueCount}";
            await handler.RecordDeadLetteredAsync(document.RootElement, message.MessageId, reason, cancellationToken);
            await lease.StopAsync();
            await PoisonAsync(queue, poison, message, lease.PopReceipt, reason, cancellationToken);
            return;
        }

        BatchMessageResult result;
        try
        {
            result = await handler.HandleAsync(document.RootElement, message.MessageId, cancellationToken);
        }
        catch (JsonException e)
        {
            result = new BatchMessageResult(BatchHandling.Invalid, e.Message);
        }

        // No extension may race the settling call below: it would change the receipt under it.
        await lease.StopAsync();
        var receipt = lease.PopReceipt;
        switch (result.Handling)
        {
            case BatchHandling.Done:
                await queue.DeleteMessageAsync(message.MessageId, receipt, cancellationToken);
                break;
            case BatchHandling.Invalid:
                await PoisonAsync(queue, poison, message, receipt, $"invalid message: {result.Detail}", cancellationToken);
                break;
            case BatchHandling.Transient when message.DequeueCount >= settings.MaxDequeueCount:
                var reason = $"failed {message.DequeueCount} times; last error: {result.Detail}";
                await handler.RecordDeadLetteredAsync(document.RootElement, message.MessageId, reason, cancellationToken);
                await PoisonAsync(queue, poison, message, receipt, reason, cancellationToken);
                break;
            default:
                LogRetry(logger, message.DequeueCount);
                await queue.UpdateMessageAsync(message.MessageId, receipt, visibilityTimeout: settings.RetryDelay, cancellationToken: cancellationToken);
                break;
        }
    }

    /// <summary>Best effort: if the queue cannot be told either, the message returns when its visibility ends.</summary>
    private async Task RetryLaterAsync(QueueClient queue, string messageId, string popReceipt, CancellationToken cancellationToken)
    {
        try
        {
            await queue.UpdateMessageAsync(messageId, popReceipt, visibilityTimeout: options.Value.RetryDelay, cancellationToken: cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
        }
    }

    private async Task PoisonAsync(QueueClient queue, QueueClient poison, QueueMessage message, string popReceipt, string reason, CancellationToken cancellationToken)
    {
        var record = new PoisonRecord(reason, message.MessageId, message.DequeueCount, time.GetUtcNow(), message.Body.ToString());
        await poison.SendMessageAsync(JsonSerializer.Serialize(record, PoisonRecord.Json), cancellationToken);
        await queue.DeleteMessageAsync(message.MessageId, popReceipt, cancellationToken);
        LogPoisoned(logger, message.MessageId, reason);
    }

    [LoggerMessage(EventId = 6131, Level = LogLevel.Information, Message = "Batch message failed transiently (dequeue {Count}); it will be retried")]
    private static partial void LogRetry(ILogger logger, long count);

    [LoggerMessage(EventId = 6132, Level = LogLevel.Warning, Message = "Batch message {MessageId} (dequeue {Count}) failed with {Error}; it will be retried")]
    private static partial void LogFailed(ILogger logger, Exception exception, string messageId, long count, string error);

    [LoggerMessage(EventId = 6133, Level = LogLevel.Warning, Message = "Batch message {MessageId} moved to the poison queue: {Reason}")]
    private static partial void LogPoisoned(ILogger logger, string messageId, string reason);
}

/// <summary>What the poison queue holds: why, which message, how often it was tried, and the original body.</summary>
internal sealed record PoisonRecord(string Reason, string MessageId, long DequeueCount, DateTimeOffset FailedAt, string Body)
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);
}
