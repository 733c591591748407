namespace Router.Accounting.Ledger.Tables;

/// <summary>
/// Rows this process has spooled that the table does not hold yet, and the back-pressure on them: while the table is
/// up (throttling counts as up) and the backlog is at its ceiling, <see cref="WaitForRoomAsync"/> holds callers
/// until it drains.
/// <para>The ceiling is <see cref="Limit"/>. While the table is down nobody waits: keeping rows on disk until it
/// returns is the spool's purpose. When it returns, the ceiling starts at what the outage left plus
/// <see cref="Limit"/> and follows the backlog down as it drains, so callers are held only if intake outruns the
/// table, never merely because an outage left a backlog.</para>
/// </summary>
internal sealed class TableBacklog(int limit)
{
    private readonly Lock _gate = new();
    private TaskCompletionSource _room = Open();
    private long _rows;
    private long _ceiling = limit;
    private bool _down;
    private bool _released;

    public int Limit { get; } = limit > 0 ? limit : throw new ArgumentOutOfRangeException(nameof(limit));

    public long Rows { get { lock (_gate) { return _rows; } } }

    public void Add(int rows) => Update(() => _rows += rows);

    public void Remove(int rows) => Update(() =>
    {
        _rows = Math.Max(0, _rows - rows);
        _ceiling = Math.Max(Limit, Math.Min(_ceiling, _rows + Limit));
    });

    public void TableDown(bool down) => Update(() =>
    {
        if (_down && !down)
        {
            _ceiling = _rows + Limit;
        }

        _down = down;
    });

    /// <summary>Nobody waits any more (the writer is stopping).</summary>
    public void Release() => Update(() => _released = true);

    /// <summary>Completes at once unless the table is up and the backlog is full; then when it no longer is.</summary>
    public Task WaitForRoomAsync(CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            return _room.Task.IsCompleted ? Task.CompletedTask : _room.Task.WaitAsync(cancellationToken);
        }
    }

    private void Update(Action change)
    {
        lock (_gate)
        {
            change();
            var full = !_released && !_down && _rows >= _ceiling;
            if (full && _room.Task.IsCompleted)
            {
                _room = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            }
            else if (!full)
            {
                _room.TrySetResult();
            }
        }
    }

    private static TaskCompletionSource Open()
    {
        var open = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        open.SetResult();
        return open;
    }
}
