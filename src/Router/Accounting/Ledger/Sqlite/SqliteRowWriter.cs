using System.Threading.Channels;
using Microsoft.Data.Sqlite;

namespace Router.Accounting.Ledger.Sqlite;

/// <summary>
/// Group commit: rows queued by concurrent requests are written together, in one transaction per batch, by one
/// writer loop. Each caller's task completes only when the transaction holding its row has committed, so an awaited
/// row is as durable as before; but under load one commit serves many requests instead of each queueing for the
/// file's single writer slot. A batch that fails is retried row by row, so one bad row cannot fail its neighbours.
/// <para>Microsoft.Data.Sqlite does its I/O synchronously even behind async methods, so the loop has a thread of its
/// own: on a 2-core instance the thread pool starts with two threads, and a commit blocking one of them would stall
/// request handling until the pool noticed and grew.</para>
/// </summary>
internal sealed class SqliteRowWriter : IAsyncDisposable, IDisposable
{
    private const int MaxBatch = 256;
    private const string Upsert = """
        INSERT INTO ledger (tenant_id, request_id, day, entry) VALUES ($tenant, $request, $day, $entry)
        ON CONFLICT (tenant_id, request_id) DO UPDATE SET day = excluded.day, entry = excluded.entry
        """;

    private readonly SqliteLedgerDatabase _database;
    private readonly Channel<Row> _queue = Channel.CreateUnbounded<Row>(new UnboundedChannelOptions { SingleReader = true });
    private readonly TaskCompletionSource _stopped = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public SqliteRowWriter(SqliteLedgerDatabase database)
    {
        _database = database;
        new Thread(WriteLoop) { IsBackground = true, Name = "ledger-writer" }.Start();
    }

    public Task WriteAsync(string tenantId, string requestId, string day, string json)
    {
        var row = new Row(tenantId, requestId, day, json, new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously));
        return _queue.Writer.TryWrite(row) ? row.Written.Task : Task.FromException(new ObjectDisposedException(nameof(SqliteRowWriter)));
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
                WriteBatchAsync(batch).GetAwaiter().GetResult();
                batch.ForEach(r => r.Written.TrySetResult());
            }
            catch (Exception) when (batch.Count > 1)
            {
                WriteOneByOne(batch);
            }
            catch (Exception e)
            {
                batch[0].Written.TrySetException(e);
            }

            batch.Clear();
        }

        _stopped.TrySetResult();
    }

    private Task WriteBatchAsync(IReadOnlyList<Row> rows) => _database.WriteAsync(async connection =>
    {
        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync().ConfigureAwait(false);
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = Upsert;
        var tenant = command.Parameters.Add("$tenant", SqliteType.Text);
        var request = command.Parameters.Add("$request", SqliteType.Text);
        var day = command.Parameters.Add("$day", SqliteType.Text);
        var entry = command.Parameters.Add("$entry", SqliteType.Text);
        foreach (var row in rows)
        {
            (tenant.Value, request.Value, day.Value, entry.Value) = (row.TenantId, row.RequestId, row.Day, row.Json);
            await command.ExecuteNonQueryAsync().ConfigureAwait(false);
        }

        await transaction.CommitAsync().ConfigureAwait(false);
    }, CancellationToken.None);

    private void WriteOneByOne(IReadOnlyList<Row> rows)
    {
        foreach (var row in rows)
        {
            try
            {
                WriteBatchAsync([row]).GetAwaiter().GetResult();
                row.Written.TrySetResult();
            }
            catch (Exception e)
            {
                row.Written.TrySetException(e);
            }
        }
    }

    private sealed record Row(string TenantId, string RequestId, string Day, string Json, TaskCompletionSource Written);
}
