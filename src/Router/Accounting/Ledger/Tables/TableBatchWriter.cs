using System.Threading.Channels;
using Microsoft.Extensions.Logging;
using Router.Accounting.Ledger.Spool;

namespace Router.Accounting.Ledger.Tables;

/// <summary>
/// The only writer of spooled rows to the table: one loop that takes batch files in write order, sends their rows
/// (several small files at once, up to about <see cref="MaxRowsPerPass"/> rows: a <see cref="SpoolPass"/>), and
/// deletes a file only once the table holds every row of it. Being the only writer, it needs no per-file locks, and
/// a redelivered row in a later batch always lands after the earlier one.
/// <para>Table down: the files stay; the loop logs once, then tries again when a new batch arrives at least
/// <see cref="RetryAfter"/> later or when the flusher asks (<see cref="FlushAsync"/>), and logs once recovered.
/// Table throttling is treated the same, except that back-pressure (<see cref="TableBacklog"/>) stays on and the
/// loop tries again by itself after <see cref="RetryAfter"/>.
/// Rows the table rejects as invalid are kept beside their batch (<c>.rejected</c>) and never retried; unreadable
/// lines keep their file as <c>.corrupt</c> while its whole rows are written.</para>
/// </summary>
internal sealed class TableBatchWriter : IAsyncDisposable
{
    internal const int MaxRowsPerPass = 1000;
    internal static readonly TimeSpan RetryAfter = TimeSpan.FromSeconds(1);
    private readonly LedgerSpool _spool;
    private readonly TableRowSender _sender;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;
    private readonly Channel<Command> _commands = Channel.CreateUnbounded<Command>(new UnboundedChannelOptions { SingleReader = true });
    private readonly SortedSet<string> _pending = new(LedgerSpool.Order);
    private readonly List<(string? Mark, TaskCompletionSource Done)> _catchUps = [];
    private readonly List<TaskCompletionSource<int>> _flushes = [];
    private readonly Dictionary<string, int> _rowsInFile = new(StringComparer.Ordinal);
    private readonly TableBacklog _backlog;
    // Started by the first command (the spool flusher's startup flush, in a host), not by the constructor: building
    // the ledger does no I/O and starts nothing.
    private readonly Lazy<Task> _loop;
    private bool _used;
    private string? _lastQueued;
    private bool _down;
    private DateTimeOffset _failedAt;
    private ITimer? _retry;
    private bool _retryDue;

    public TableBatchWriter(LedgerSpool spool, TableRowSender sender, TableBacklog backlog, TimeProvider time, ILogger logger)
    {
        (_spool, _sender, _backlog, _time, _logger) = (spool, sender, backlog, time, logger);
        _loop = new Lazy<Task>(() => Task.Run(RunAsync));
    }

    /// <summary>Whether the loop has been started (by the first batch, catch-up or flush).</summary>
    internal bool IsRunning => _loop.IsValueCreated;

    /// <summary>A durable batch file of <paramref name="rows"/> rows for the table. Never blocks or throws.</summary>
    public void Enqueue(string batch, int rows)
    {
        _backlog.Add(rows);
        Send(new Command(batch, rows, null, null));
    }

    /// <summary>Completes unless the table is up and more rows wait for it than allowed (<see cref="TableBacklog"/>);
    /// then once they no longer do.</summary>
    public Task WaitForRoomAsync(CancellationToken cancellationToken) => _backlog.WaitForRoomAsync(cancellationToken);

    /// <summary>Completes once every batch queued before the call has been sent, or the table is down.</summary>
    public Task CatchUpAsync(CancellationToken cancellationToken)
    {
        var done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        return Send(new Command(null, 0, done, null)) ? done.Task.WaitAsync(cancellationToken) : Task.CompletedTask;
    }

    /// <summary>Looks for batch files (those of earlier runs included), tries the table even when it was down,
    /// and returns how many rows reached it.</summary>
    public Task<int> FlushAsync(CancellationToken cancellationToken)
    {
        var done = new TaskCompletionSource<int>(TaskCreationOptions.RunContinuationsAsynchronously);
        return Send(new Command(null, 0, null, done)) ? done.Task.WaitAsync(cancellationToken) : Task.FromResult(0);
    }

    /// <summary>Sends what is queued (unless the table is down), then stops.</summary>
    public async ValueTask DisposeAsync()
    {
        _commands.Writer.TryComplete();
        // A command written just before completion may not have started the loop yet: it still gets its run.
        if (Volatile.Read(ref _used))
        {
            await _loop.Value.ConfigureAwait(false);
        }

        _backlog.Release();
    }

    private bool Send(Command command)
    {
        Volatile.Write(ref _used, true);
        if (!_commands.Writer.TryWrite(command))
        {
            return false;
        }

        _ = _loop.Value;
        return true;
    }

    private async Task RunAsync()
    {
        try
        {
            // Rows left by an earlier run go before this run's, so a request redelivered after a restart keeps its
            // newer row even when the flusher has not run yet.
            _pending.UnionWith(_spool.PendingBatches());
        }
        catch (IOException e)
        {
            LedgerLog.SpoolFlushFailed(_logger, e);
        }

        while (await _commands.Reader.WaitToReadAsync().ConfigureAwait(false))
        {
            var flush = TakeCommands();
            // The retry timer's own command always tries: by the wall clock it may fire a hair before RetryAfter.
            var retry = _retryDue;
            _retryDue = false;
            var written = flush || retry || !_down || _time.GetUtcNow() - _failedAt >= RetryAfter ? await DrainAsync(flush).ConfigureAwait(false) : 0;
            _flushes.ForEach(f => f.TrySetResult(written));
            _flushes.Clear();
            ReleaseCatchUps(all: false);
        }

        ReleaseCatchUps(all: true);
        _retry?.Dispose();
        _backlog.Release();
    }

    /// <summary>Takes every queued command; true when a flush was asked for.</summary>
    private bool TakeCommands()
    {
        var flush = false;
        while (_commands.Reader.TryRead(out var command))
        {
            if (command.Batch is { } batch)
            {
                _pending.Add(batch);
                _rowsInFile[batch] = command.Rows;
                _lastQueued = batch;
            }

            if (command.CaughtUp is { } caughtUp)
            {
                _catchUps.Add((_lastQueued, caughtUp));
            }

            if (command.Flushed is { } flushed)
            {
                _flushes.Add(flushed);
                flush = true;
            }

            _retryDue |= command.Retry;
        }

        return flush;
    }

    private async Task<int> DrainAsync(bool rescan)
    {
        var written = 0;
        try
        {
            if (rescan)
            {
                _pending.UnionWith(_spool.PendingBatches());
            }

            while (_pending.Count > 0)
            {
                var pass = await SpoolPass.ReadAsync(_spool, _pending.Take(MaxRowsPerPass).ToList(), MaxRowsPerPass, CancellationToken.None).ConfigureAwait(false);
                // Only empty or vanished files: nothing to send, so nothing says whether the table is up.
                var sent = pass.Rows.Count > 0 ? await _sender.SendAsync(pass.Rows, CancellationToken.None).ConfigureAwait(false) : null;
                pass.Complete(sent?.Rejected ?? [], _logger);
                _pending.ExceptWith(pass.Files);
                Done(pass.Files);
                written += sent?.Written ?? 0;
                if (sent is null)
                {
                    continue;
                }

                if (_down)
                {
                    _down = false;
                    _backlog.TableDown(false);
                    LedgerLog.TableRecovered(_logger);
                }

                // Between passes: new batches join the queue (in order), a flush asked meanwhile rescans the
                // directory, and queries whose rows are now in the table go on.
                if (TakeCommands())
                {
                    _pending.UnionWith(_spool.PendingBatches());
                }

                ReleaseCatchUps(all: false);
            }
        }
        catch (Exception e)
        {
            // Table unreachable, throttling, timeout, auth, or the spool disk failing: the files stay for a later try.
            MarkDown(e);
        }

        return written;
    }

    private void MarkDown(Exception e)
    {
        _failedAt = _time.GetUtcNow();
        // Throttling (429, 503 ServerBusy, after the SDK's own retries) means the table is up but slower than intake:
        // back-pressure stays on, and as held callers send no new batches, a timer brings the next try.
        var throttled = e is Azure.RequestFailedException { Status: 429 or 503 };
        _backlog.TableDown(!throttled);
        if (throttled)
        {
            _retry?.Dispose();
            _retry = _time.CreateTimer(_ => _commands.Writer.TryWrite(new Command(null, 0, null, null, Retry: true)), null, RetryAfter, Timeout.InfiniteTimeSpan);
        }

        if (_down)
        {
            return;
        }

        _down = true;
        if (e is IOException or UnauthorizedAccessException)
        {
            LedgerLog.SpoolFlushFailed(_logger, e);
        }
        else if (e is Azure.RequestFailedException or HttpRequestException or TimeoutException or OperationCanceledException)
        {
            LedgerLog.TableUnavailable(_logger, e, e.GetType().Name, _spool.DirectoryPath);
        }
        else
        {
            // A bug here (a NullReferenceException, say) is not an outage: say so, with its stack.
            LedgerLog.TableWriterFailed(_logger, e, e.GetType().Name, _spool.DirectoryPath);
        }
    }

    /// <summary>Files the table now holds (or that were set aside) leave the backlog.</summary>
    private void Done(IEnumerable<string> files)
    {
        var rows = 0;
        foreach (var file in files)
        {
            rows += _rowsInFile.Remove(file, out var n) ? n : 0;
        }

        _backlog.Remove(rows);
    }

    /// <summary>A query waits for the batches queued before it, unless the table is down (they stay spooled).</summary>
    private void ReleaseCatchUps(bool all)
    {
        var first = _pending.Count > 0 ? _pending.Min : null;
        foreach (var (mark, done) in _catchUps)
        {
            if (all || _down || mark is null || first is null || LedgerSpool.Order.Compare(first, mark) > 0)
            {
                done.TrySetResult();
            }
        }

        _catchUps.RemoveAll(c => c.Done.Task.IsCompleted);
    }

    private sealed record Command(string? Batch, int Rows, TaskCompletionSource? CaughtUp, TaskCompletionSource<int>? Flushed, bool Retry = false);
}
