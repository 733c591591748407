namespace Router.Accounting.Ledger.Spool;

/// <summary>
/// Group commit for the spool (<see cref="GroupCommitQueue{T}"/>): everything queued (up to <see cref="MaxBatch"/>
/// rows) is written as one batch file with one fsync. A caller's task completes only once the file holding its row
/// is durable. A failed write fails its whole batch (the disk, not a row, is at fault).
/// </summary>
internal sealed class SpoolWriter : IAsyncDisposable, IDisposable
{
    internal const int MaxBatch = 512;
    private readonly GroupCommitQueue<byte[]> _queue;

    /// <param name="spool">Where batches go.</param>
    /// <param name="written">Told each durable batch's name and row count before its callers are answered; must not
    /// throw.</param>
    public SpoolWriter(LedgerSpool spool, Action<string, int> written) =>
        _queue = new GroupCommitQueue<byte[]>("ledger-spool", MaxBatch, rows => written(spool.WriteBatch(rows), rows.Count), retrySingly: false);

    /// <summary>Completes when the row (one line of JSON, no newline) is durable in the spool. A cancelled wait does
    /// not withdraw the row.</summary>
    public Task WriteAsync(byte[] json, CancellationToken cancellationToken = default) => _queue.EnqueueAsync(json, cancellationToken);

    /// <summary>Writes what is queued, then stops taking rows.</summary>
    public ValueTask DisposeAsync() => _queue.DisposeAsync();

    public void Dispose() => _queue.Dispose();
}
