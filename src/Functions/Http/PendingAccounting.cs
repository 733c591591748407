using System.Collections.Concurrent;
using Router.Pipeline;

namespace Router.Functions.Http;

/// <summary>
/// Accounting of answers already sent, running in the background so neither the caller nor the next request on
/// its connection waits for the ledger (with Table Storage, the row's fsync'd batch in the local spool). Stopping the
/// host waits for all of it, so a graceful shutdown or scale-in loses no row; only a crash in the milliseconds
/// between an answer and its row can, as a crash between the backend's answer and the row always could. The wait
/// runs once every hosted service has stopped, the web server included, so no answer can start after it.
/// </summary>
internal sealed partial class PendingAccounting(ILogger<PendingAccounting> logger) : IHostedLifecycleService
{
    /// <summary>Beyond this many rows in flight the ledger is not keeping up: callers then wait for their own row,
    /// which slows intake to the ledger's pace instead of letting memory and the crash window grow.</summary>
    internal const int MaxInFlight = 1024;

    private readonly ConcurrentDictionary<Task, byte> _running = new();

    // Kept beside the dictionary: its Count takes every lock, and this is read on every answer.
    private int _inFlight;

    public int Count => Volatile.Read(ref _inFlight);

    /// <summary>Starts accounting; returns a task to wait for only when the ledger has fallen behind.</summary>
    public Task Start(AnsweredRequest answered)
    {
        var task = RunAsync(answered);
        if (task.IsCompleted)
        {
            return Task.CompletedTask;
        }

        var inFlight = Interlocked.Increment(ref _inFlight);
        _running.TryAdd(task, 0);
        // Removed once done; if it finished before being added, this removes it straight away.
        task.ContinueWith(
            t =>
            {
                _running.TryRemove(t, out _);
                Interlocked.Decrement(ref _inFlight);
            },
            CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
        return inFlight > MaxInFlight ? task : Task.CompletedTask;
    }

    /// <summary>Waits until everything started so far is accounted.</summary>
    public Task DrainAsync() => Task.WhenAll(_running.Keys);

    public Task StartingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StartedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public async Task StoppedAsync(CancellationToken cancellationToken)
    {
        if (Count == 0)
        {
            return;
        }

        LogDraining(logger, Count);
        try
        {
            // The host's shutdown timeout bounds the wait; rows still unwritten then are reported, not silently dropped.
            await DrainAsync().WaitAsync(cancellationToken);
        }
        catch (OperationCanceledException)
        {
            LogNotDrained(logger, Count);
        }
    }

    private async Task RunAsync(AnsweredRequest answered)
    {
        try
        {
            await answered.AccountAsync().ConfigureAwait(false);
        }
        catch (Exception e)
        {
            // The answer is already out: nothing can be refused any more, so the failure is reported, not thrown.
            LogAccountingFailed(logger, answered.Result.RequestId, e.GetType().Name);
        }
    }

    [LoggerMessage(EventId = 6301, Level = LogLevel.Error, Message = "Request {RequestId} was answered but could not be accounted ({ErrorType})")]
    private static partial void LogAccountingFailed(ILogger logger, string requestId, string errorType);

    [LoggerMessage(EventId = 6302, Level = LogLevel.Information, Message = "Shutting down: waiting for {Count} answered requests to be accounted")]
    private static partial void LogDraining(ILogger logger, int count);

    [LoggerMessage(EventId = 6303, Level = LogLevel.Error, Message = "Shut down with {Count} answered requests not yet accounted")]
    private static partial void LogNotDrained(ILogger logger, int count);
}
