using System.Threading.Channels;

namespace Router.Accounting.Ledger;

/// <summary>
/// Group commit: items queued by concurrent callers are handed, everything queued at once (up to a batch size), to
/// one synchronous commit, and each caller's task completes only when the commit holding its item has succeeded. Under
/// load one commit (a transaction, an fsync) serves many requests instead of one each.
/// <para>The loop has a thread of its own because the commits block (fsync; Microsoft.Data.Sqlite does its I/O
/// synchronously even behind async methods): on a 2-core instance the thread pool starts with two threads, and a
/// commit holding one of them would stall request handling until the pool noticed and grew. It runs at background
/// priority (<see cref="BackgroundPriority"/>): commits are accounting, which answers do not wait for; refusals,
/// backend failures and batch messages, which do wait for their row, take its pace.</para>
/// </summary>
internal sealed class GroupCommitQueue<T> : IAsyncDisposable, IDisposable
{
    private readonly int _maxBatch;
    private readonly Action<IReadOnlyList<T>> _commit;
    private readonly bool _retrySingly;
    private readonly Channel<Item> _queue = Channel.CreateUnbounded<Item>(new UnboundedChannelOptions { SingleReader = true });
    private readonly TaskCompletionSource _stopped = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly Lazy<Thread> _thread;
    private bool _used;

    /// <param name="threadName">The writer thread's name (seen in dumps and profiles).</param>
    /// <param name="maxBatch">Most items one commit takes.</param>
    /// <param name="commit">Makes a batch durable, or throws; runs on the writer thread only.</param>
    /// <param name="retrySingly">After a failed commit of several items, commit each alone, so one bad item
    /// cannot fail its neighbours. Off where a failure is the medium's (a failing disk), not an item's.</param>
    public GroupCommitQueue(string threadName, int maxBatch, Action<IReadOnlyList<T>> commit, bool retrySingly)
    {
        (_maxBatch, _commit, _retrySingly) = (maxBatch, commit, retrySingly);
        // Started by the first item, not by the constructor: building a ledger starts nothing.
        _thread = new Lazy<Thread>(() =>
        {
            var thread = new Thread(CommitLoop) { IsBackground = true, Name = threadName };
            thread.Start();
            return thread;
        });
    }

    /// <summary>Whether the writer thread has been started (by the first item).</summary>
    internal bool IsRunning => _thread.IsValueCreated;

    /// <summary>Completes when the commit holding <paramref name="value"/> has succeeded. A cancelled wait does not
    /// withdraw the item: it is queued even when the token is already cancelled, and committed (a caller told
    /// "cancelled" may still find its row: rows are accounting, never dropped half-way).</summary>
    public Task EnqueueAsync(T value, CancellationToken cancellationToken = default)
    {
        var item = new Item(value, new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously));
        Volatile.Write(ref _used, true);
        if (!_queue.Writer.TryWrite(item))
        {
            return Task.FromException(new ObjectDisposedException(GetType().Name));
        }

        _ = _thread.Value;
        return item.Committed.Task.WaitAsync(cancellationToken);
    }

    /// <summary>Commits what is queued, then stops taking items.</summary>
    public async ValueTask DisposeAsync()
    {
        _queue.Writer.TryComplete();
        // An item written just before completion may not have started the thread yet: it still gets its commit.
        if (Volatile.Read(ref _used))
        {
            _ = _thread.Value;
            await _stopped.Task.ConfigureAwait(false);
        }
    }

    public void Dispose() => DisposeAsync().AsTask().GetAwaiter().GetResult();

    private void CommitLoop()
    {
        BackgroundPriority.LowerCurrentThread();
        var batch = new List<Item>(_maxBatch);
        while (_queue.Reader.WaitToReadAsync().AsTask().GetAwaiter().GetResult())
        {
            while (batch.Count < _maxBatch && _queue.Reader.TryRead(out var item))
            {
                batch.Add(item);
            }

            try
            {
                _commit([.. batch.Select(i => i.Value)]);
                batch.ForEach(i => i.Committed.TrySetResult());
            }
            catch (Exception) when (_retrySingly && batch.Count > 1)
            {
                batch.ForEach(CommitAlone);
            }
            catch (Exception e)
            {
                // Nothing of this batch is promised; each caller hears why.
                batch.ForEach(i => i.Committed.TrySetException(e));
            }

            batch.Clear();
        }

        _stopped.TrySetResult();
    }

    private void CommitAlone(Item item)
    {
        try
        {
            _commit([item.Value]);
            item.Committed.TrySetResult();
        }
        catch (Exception e)
        {
            item.Committed.TrySetException(e);
        }
    }

    private sealed record Item(T Value, TaskCompletionSource Committed);
}
