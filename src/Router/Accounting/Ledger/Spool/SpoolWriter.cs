using System.Threading.Channels;

namespace Router.Accounting.Ledger.Spool;

/// <summary>
/// Group commit for the spool: rows from concurrent callers queue to one writer loop, which writes everything queued
/// (up to <see cref="MaxBatch"/> rows) as one batch file with one fsync. A caller's task completes only once the file
/// holding its row is durable, so under load one fsync serves many requests instead of one each.
/// <para>The loop has a thread of its own because fsync blocks: on a 2-core instance the thread pool starts with two
/// threads, and an fsync holding one of them would stall request handling (as in <c>SqliteRowWriter</c>).</para>
/// </summary>
internal sealed class SpoolWriter : IAsyncDisposable, IDisposable
{
    internal const int MaxBatch = 512;
    private readonly LedgerSpool _spool;
    private readonly Action<string> _written;
    private readonly Channel<Row> _queue = Channel.CreateUnbounded<Row>(new UnboundedChannelOptions { SingleReader = true });
    private readonly TaskCompletionSource _stopped = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <param name="spool">Where batches go.</param>
    /// <param name="written">Told each durable batch's name before its callers are answered; must not throw.</param>
    public SpoolWriter(LedgerSpool spool, Action<string> written)
    {
        _spool = spool;
        _written = written;
        new Thread(WriteLoop) { IsBackground = true, Name = "ledger-spool" }.Start();
    }

    /// <summary>Completes when the row (one line of JSON, no newline) is durable in the spool.</summary>
    public Task WriteAsync(byte[] json)
    {
        var row = new Row(json, new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously));
        return _queue.Writer.TryWrite(row) ? row.Durable.Task : Task.FromException(new ObjectDisposedException(nameof(SpoolWriter)));
    }

    /// <summary>Writes what is queued, then stops taking rows.</summary>
    public async ValueTask DisposeAsync()
    {
        _queue.Writer.TryComplete();
        await _stopped.Task.ConfigureAwait(false);
    }

    public void Dispose() => DisposeAsync().AsTask().GetAwaiter().GetResult();

    private void WriteLoop()
    {
        var batch = new List<Row>(MaxBatch);
        while (_queue.Reader.WaitToReadAsync().AsTask().GetAwaiter().GetResult())
        {
            while (batch.Count < MaxBatch && _queue.Reader.TryRead(out var row))
            {
                batch.Add(row);
            }

            try
            {
                _written(_spool.WriteBatch(batch.Select(r => r.Json)));
                batch.ForEach(r => r.Durable.TrySetResult());
            }
            catch (Exception e)
            {
                // Disk full or failing: nothing of this batch is promised; each caller hears why.
                batch.ForEach(r => r.Durable.TrySetException(e));
            }

            batch.Clear();
        }

        _stopped.TrySetResult();
    }

    private sealed record Row(byte[] Json, TaskCompletionSource Durable);
}
