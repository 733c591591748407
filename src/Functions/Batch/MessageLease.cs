using Azure.Storage.Queues;
using Azure.Storage.Queues.Models;

namespace Router.Functions.Batch;

/// <summary>
/// Keeps a received message hidden while it is worked on, as Service Bus lock renewal does: the message is received
/// with a short visibility and extended every third of it. A consumer that crashes stops extending, so the message
/// is back within one visibility period instead of a long fixed one. Each extension returns a new pop receipt;
/// settling must use <see cref="PopReceipt"/> after <see cref="StopAsync"/>.
/// </summary>
internal sealed partial class MessageLease : IAsyncDisposable
{
    private readonly QueueClient _queue;
    private readonly string _messageId;
    private readonly TimeSpan _visibility;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;
    private readonly CancellationTokenSource _stop;
    private readonly Task _renewing;
    private string _popReceipt;

    private MessageLease(QueueClient queue, QueueMessage message, TimeSpan visibility, TimeProvider time, ILogger logger, CancellationToken cancellationToken)
    {
        _queue = queue;
        _messageId = message.MessageId;
        _popReceipt = message.PopReceipt;
        _visibility = visibility;
        _time = time;
        _logger = logger;
        _stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        _renewing = RenewAsync(_stop.Token);
    }

    /// <summary>The receipt of the latest extension; valid once renewal has stopped.</summary>
    public string PopReceipt => Volatile.Read(ref _popReceipt);

    /// <summary>How many times the visibility was extended.</summary>
    public int Renewals { get; private set; }

    public static MessageLease Start(QueueClient queue, QueueMessage message, TimeSpan visibility, TimeProvider time, ILogger logger, CancellationToken cancellationToken) =>
        new(queue, message, visibility, time, logger, cancellationToken);

    public async Task StopAsync()
    {
        await _stop.CancelAsync();
        await _renewing;
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        _stop.Dispose();
    }

    private async Task RenewAsync(CancellationToken cancellationToken)
    {
        try
        {
            while (true)
            {
                await Task.Delay(_visibility / 3, _time, cancellationToken);
                var updated = await _queue.UpdateMessageAsync(_messageId, PopReceipt, visibilityTimeout: _visibility, cancellationToken: cancellationToken);
                Volatile.Write(ref _popReceipt, updated.Value.PopReceipt);
                Renewals++;
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // Settling, or shutting down: either way the receipt in hand is the latest.
        }
        catch (Exception e)
        {
            // The message is back on the queue when its visibility ends; settling will find the receipt stale.
            LogRenewalFailed(_logger, _messageId, e.GetType().Name);
        }
    }

    [LoggerMessage(EventId = 6111, Level = LogLevel.Warning, Message = "Batch message {MessageId}: extending its visibility failed ({Error}); it may be delivered again")]
    private static partial void LogRenewalFailed(ILogger logger, string messageId, string error);
}
