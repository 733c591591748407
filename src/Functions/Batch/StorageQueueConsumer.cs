using System.Text.Json;
using Azure.Storage.Queues;
using Azure.Storage.Queues.Models;
using Microsoft.Extensions.Options;

namespace Router.Functions.Batch;

/// <summary>
/// Locally, without a Functions host: reads the batch queue and calls the same <see cref="BatchMessageHandler"/>
/// as the Service Bus trigger. Done ⇒ delete. Invalid ⇒ poison queue at once. Transient ⇒ hidden for RetryDelay,
/// then poison once it has been dequeued MaxDequeueCount times. Poison messages carry the reason.
/// </summary>
internal sealed partial class StorageQueueConsumer(
    BatchMessageHandler handler,
    IOptions<QueueOptions> options,
    TimeProvider time,
    ILogger<StorageQueueConsumer> logger) : BackgroundService
{
    private const int BatchSize = 16;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var settings = options.Value;
        if (!settings.IsConfigured)
        {
            return;
        }

        var clientOptions = new QueueClientOptions { MessageEncoding = QueueMessageEncoding.None };
        var queue = new QueueClient(settings.ConnectionString, settings.Name, clientOptions);
        var poison = new QueueClient(settings.ConnectionString, settings.PoisonName, clientOptions);
        await queue.CreateIfNotExistsAsync(cancellationToken: stoppingToken);
        await poison.CreateIfNotExistsAsync(cancellationToken: stoppingToken);
        LogStarted(logger, settings.Name);

        while (!stoppingToken.IsCancellationRequested)
        {
            QueueMessage[] messages;
            try
            {
                messages = (await queue.ReceiveMessagesAsync(BatchSize, settings.VisibilityTimeout, stoppingToken)).Value;
            }
            catch (Azure.RequestFailedException e)
            {
                LogReceiveFailed(logger, e.Status);
                messages = [];
            }

            foreach (var message in messages)
            {
                await ProcessAsync(queue, poison, message, stoppingToken);
            }

            if (messages.Length == 0)
            {
                await Task.Delay(settings.PollInterval, time, stoppingToken);
            }
        }
    }

    internal async Task ProcessAsync(QueueClient queue, QueueClient poison, QueueMessage message, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        if (message.DequeueCount > settings.MaxDequeueCount)
        {
            await PoisonAsync(queue, poison, message, $"dequeued {message.DequeueCount} times, more than the limit of {settings.MaxDequeueCount}", cancellationToken);
            return;
        }

        BatchMessageResult result;
        try
        {
            using var document = JsonDocument.Parse(JsonSerializer.Serialize(message.Body.ToString()));
            result = await handler.HandleAsync(document.RootElement, message.MessageId, cancellationToken);
        }
        catch (JsonException e)
        {
            result = new BatchMessageResult(BatchHandling.Invalid, e.Message);
        }

        switch (result.Handling)
        {
            case BatchHandling.Done:
                await queue.DeleteMessageAsync(message.MessageId, message.PopReceipt, cancellationToken);
                break;
            case BatchHandling.Invalid:
                await PoisonAsync(queue, poison, message, $"invalid message: {result.Detail}", cancellationToken);
                break;
            case BatchHandling.Transient when message.DequeueCount >= settings.MaxDequeueCount:
                await PoisonAsync(queue, poison, message, $"failed {message.DequeueCount} times; last error: {result.Detail}", cancellationToken);
                break;
            default:
                LogRetry(logger, message.DequeueCount);
                await queue.UpdateMessageAsync(message.MessageId, message.PopReceipt, visibilityTimeout: settings.RetryDelay, cancellationToken: cancellationToken);
                break;
        }
    }

    private async Task PoisonAsync(QueueClient queue, QueueClient poison, QueueMessage message, string reason, CancellationToken cancellationToken)
    {
        var record = new PoisonRecord(reason, message.MessageId, message.DequeueCount, time.GetUtcNow(), message.Body.ToString());
        await poison.SendMessageAsync(JsonSerializer.Serialize(record, PoisonRecord.Json), cancellationToken);
        await queue.DeleteMessageAsync(message.MessageId, message.PopReceipt, cancellationToken);
        LogPoisoned(logger, message.MessageId, reason);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Consuming batch queue {Queue}")]
    private static partial void LogStarted(ILogger logger, string queue);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Receiving from the batch queue failed with status {Status}; retrying")]
    private static partial void LogReceiveFailed(ILogger logger, int status);

    [LoggerMessage(Level = LogLevel.Information, Message = "Batch message failed transiently (dequeue {Count}); it will be retried")]
    private static partial void LogRetry(ILogger logger, long count);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Batch message {MessageId} moved to the poison queue: {Reason}")]
    private static partial void LogPoisoned(ILogger logger, string messageId, string reason);
}

/// <summary>What the poison queue holds: why, which message, how often it was tried, and the original body.</summary>
internal sealed record PoisonRecord(string Reason, string MessageId, long DequeueCount, DateTimeOffset FailedAt, string Body)
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);
}
