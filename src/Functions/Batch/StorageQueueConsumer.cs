using Azure.Storage.Queues;
using Azure.Storage.Queues.Models;
using Microsoft.Extensions.Options;

namespace Router.Functions.Batch;

/// <summary>
/// Locally, without a Functions host: reads the batch queue and hands each message to the same handler as the
/// Service Bus trigger (<see cref="StorageQueueMessageSettler"/>), up to <see cref="QueueOptions.MaxConcurrentCalls"/>
/// at once, as the host does with Service Bus. The queue service being down (at startup or later) is waited out,
/// logged once per outage; the app goes on serving HTTP meanwhile.
/// </summary>
internal sealed partial class StorageQueueConsumer(
    StorageQueueMessageSettler settler,
    IOptions<QueueOptions> options,
    TimeProvider time,
    ILogger<StorageQueueConsumer> logger) : BackgroundService
{
    /// <summary>Most messages one receive call may return (Storage Queues' limit).</summary>
    private const int MaxReceive = 32;

    /// <summary>Pause between attempts while the queue service cannot be reached.</summary>
    private static readonly TimeSpan UnreachableRetry = TimeSpan.FromSeconds(1);

    private bool _unreachable;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var settings = options.Value;
        if (!settings.IsConfigured)
        {
            return;
        }

        // Few, quick SDK retries: this loop does the waiting, and logs it.
        var clientOptions = new QueueClientOptions { MessageEncoding = QueueMessageEncoding.None };
        clientOptions.Retry.MaxRetries = 2;
        clientOptions.Retry.Delay = TimeSpan.FromMilliseconds(200);
        var queue = new QueueClient(settings.ConnectionString, settings.Name, clientOptions);
        var poison = new QueueClient(settings.ConnectionString, settings.PoisonName, clientOptions);
        using var slots = new SemaphoreSlim(settings.MaxConcurrentCalls, settings.MaxConcurrentCalls);
        var running = new List<Task>();
        try
        {
            await CreateQueuesAsync(queue, poison, stoppingToken);
            LogStarted(logger, settings.Name, settings.MaxConcurrentCalls);
            while (!stoppingToken.IsCancellationRequested)
            {
                var free = await TakeFreeSlotsAsync(slots, stoppingToken);
                var messages = await ReceiveAsync(queue, free, settings.VisibilityTimeout, stoppingToken);
                var received = messages?.Length ?? 0;
                if (free > received)
                {
                    slots.Release(free - received);
                }

                running.RemoveAll(t => t.IsCompleted);
                running.AddRange((messages ?? []).Select(m => SettleThenReleaseAsync(queue, poison, m, slots, stoppingToken)));
                if (received == 0)
                {
                    await Task.Delay(messages is null ? UnreachableRetry : settings.PollInterval, time, stoppingToken);
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutting down; messages still in flight return to the queue when their visibility ends.
        }

        await Task.WhenAll(running);
    }

    private async Task CreateQueuesAsync(QueueClient queue, QueueClient poison, CancellationToken cancellationToken)
    {
        while (true)
        {
            try
            {
                await queue.CreateIfNotExistsAsync(cancellationToken: cancellationToken);
                await poison.CreateIfNotExistsAsync(cancellationToken: cancellationToken);
                Reachable();
                return;
            }
            catch (Exception e) when (!cancellationToken.IsCancellationRequested)
            {
                Unreachable(e);
                await Task.Delay(UnreachableRetry, time, cancellationToken);
            }
        }
    }

    /// <summary>Waits for one free slot, then takes every other one free now (up to one receive's worth).</summary>
    private static async Task<int> TakeFreeSlotsAsync(SemaphoreSlim slots, CancellationToken cancellationToken)
    {
        await slots.WaitAsync(cancellationToken);
        var taken = 1;
        while (taken < MaxReceive && slots.Wait(0))
        {
            taken++;
        }

        return taken;
    }

    /// <summary>The messages, or null when the queue service could not be reached.</summary>
    private async Task<QueueMessage[]?> ReceiveAsync(QueueClient queue, int count, TimeSpan visibility, CancellationToken cancellationToken)
    {
        try
        {
            var messages = (await queue.ReceiveMessagesAsync(count, visibility, cancellationToken)).Value;
            Reachable();
            return messages;
        }
        catch (Exception e) when (!cancellationToken.IsCancellationRequested)
        {
            Unreachable(e);
            return null;
        }
    }

    private async Task SettleThenReleaseAsync(QueueClient queue, QueueClient poison, QueueMessage message, SemaphoreSlim slots, CancellationToken cancellationToken)
    {
        // Off the receive loop's thread at once: the handler classifies synchronously before its first await.
        await Task.Yield();
        try
        {
            await settler.SettleAsync(queue, poison, message, cancellationToken);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // Shutting down: the message comes back when its visibility ends.
        }
        finally
        {
            slots.Release();
        }
    }

    private void Unreachable(Exception e)
    {
        if (!_unreachable)
        {
            _unreachable = true;
            LogUnreachable(logger, options.Value.Name, e.GetType().Name, (e as Azure.RequestFailedException)?.Status ?? 0);
        }
    }

    private void Reachable()
    {
        if (_unreachable)
        {
            _unreachable = false;
            LogReachable(logger, options.Value.Name);
        }
    }

    [LoggerMessage(EventId = 6121, Level = LogLevel.Information, Message = "Consuming batch queue {Queue}, up to {MaxConcurrentCalls} messages at once")]
    private static partial void LogStarted(ILogger logger, string queue, int maxConcurrentCalls);

    [LoggerMessage(EventId = 6122, Level = LogLevel.Warning, Message = "Batch queue {Queue} cannot be reached ({Error}, status {Status}); trying again every second")]
    private static partial void LogUnreachable(ILogger logger, string queue, string error, int status);

    [LoggerMessage(EventId = 6123, Level = LogLevel.Information, Message = "Batch queue {Queue} reachable again")]
    private static partial void LogReachable(ILogger logger, string queue);
}
