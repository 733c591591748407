using Microsoft.Data.Sqlite;

namespace Router.Accounting.Ledger.Sqlite;

/// <summary>
/// Group commit for SQLite (<see cref="GroupCommitQueue{T}"/>): rows queued by concurrent requests are written in
/// one transaction per batch. Each caller's task completes only when the transaction holding its row has committed,
/// so an awaited row is as durable as before; but under load one commit serves many requests instead of each
/// queueing for the file's single writer slot. A batch that fails is retried row by row, so one bad row cannot fail
/// its neighbours.
/// </summary>
internal sealed class SqliteRowWriter : IAsyncDisposable, IDisposable
{
    private const int MaxBatch = 256;
    private const string Upsert = """
        INSERT INTO ledger (tenant_id, request_id, day, entry) VALUES ($tenant, $request, $day, $entry)
        ON CONFLICT (tenant_id, request_id) DO UPDATE SET day = excluded.day, entry = excluded.entry
        """;

    private readonly SqliteLedgerDatabase _database;
    private readonly GroupCommitQueue<Row> _queue;

    public SqliteRowWriter(SqliteLedgerDatabase database)
    {
        _database = database;
        _queue = new GroupCommitQueue<Row>("ledger-writer", MaxBatch, rows => WriteBatchAsync(rows).GetAwaiter().GetResult(), retrySingly: true);
    }

    public Task WriteAsync(string tenantId, string requestId, string day, string json, CancellationToken cancellationToken = default) =>
        _queue.EnqueueAsync(new Row(tenantId, requestId, day, json), cancellationToken);

    /// <summary>Writes what is queued, then stops taking rows.</summary>
    public ValueTask DisposeAsync() => _queue.DisposeAsync();

    public void Dispose() => _queue.Dispose();

    private Task WriteBatchAsync(IReadOnlyList<Row> rows) => _database.WriteAsync(async connection =>
    {
        var transaction = (SqliteTransaction)await connection.BeginTransactionAsync().ConfigureAwait(false);
        await using var transactionLifetime = transaction.ConfigureAwait(false);
        var command = connection.CreateCommand();
        await using var commandLifetime = command.ConfigureAwait(false);
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

    private sealed record Row(string TenantId, string RequestId, string Day, string Json);
}
